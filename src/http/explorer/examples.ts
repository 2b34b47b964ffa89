/** The operations the explorer opens with, one tab each. Keep them valid: a test runs every one. */
export const EXPLORER_EXAMPLES: Array<{ title: string; query: string }> = [
  {
    title: "Status matrix on 1 July 2025",
    query: `# Every province's status on every platform on 1 July 2025 (UNKNOWN where nothing was recorded).
query StatusMatrix {
  statusMatrix(asOf: "2025-07-01") {
    asOf
    platforms { slug name }
    rows {
      province { code name }
      cells { platform { slug } status statusLabel commentsEnabled validFrom }
    }
  }
}
`,
  },
  {
    title: "Overijssel's presences",
    query: `# Overijssel on each platform: today's status and the full history (X: INACTIVE from 1 June 2025).
query OverijsselPresences {
  province(code: "overijssel") {
    code
    name
    presences {
      platform { name }
      status { status statusLabel validFrom reason }
      history { status validFrom recordedAt }
    }
  }
}
`,
  },
];
