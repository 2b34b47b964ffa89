import { createRoot } from "react-dom/client";
import "@utrecht/component-library-css/dist/index.css";
import "@utrecht/design-tokens/dist/theme.css";
import "./styles.css";
import { App } from "./App";

createRoot(document.getElementById("app")!).render(<App />);
