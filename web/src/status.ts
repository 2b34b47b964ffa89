/** How a status looks in the grid and the chart: a letter (colour is never the only carrier) and a colour class. */
export const STATUS_ORDER = ["ACTIVE", "INACTIVE", "LEFT", "NOT_PRESENT", "UNKNOWN"] as const;

export const STATUS_LETTER: Record<string, string> = {
  ACTIVE: "A",
  INACTIVE: "I",
  LEFT: "V",
  NOT_PRESENT: "N",
  UNKNOWN: "?",
};

/** The same colours as the grid's CSS classes (styles.css), for the chart. */
export const STATUS_COLOUR: Record<string, string> = {
  ACTIVE: "#1e6b30",
  INACTIVE: "#8a5200",
  LEFT: "#a51d1d",
  NOT_PRESENT: "#545454",
  UNKNOWN: "#e6e6e6",
};

/** Marker for "replies switched off" (commentsEnabled = false). */
export const REPLIES_OFF = "⊘";
