import { compareByDivergence, leikDispersion } from "../../src/domain/divergence";

/** Hand-computed cases of Leik's D over (NONE, MODERATE, HIGH); k = 3, so D = (min(F1,1-F1) + min(F2,1-F2)). */
describe("leikDispersion", () => {
  it("is null without ratings and 0 for a single rating", () => {
    expect(leikDispersion([0, 0, 0])).toBeNull();
    expect(leikDispersion([1, 0, 0])).toBe(0);
    expect(leikDispersion([0, 0, 1])).toBe(0);
  });

  it("is 0 when all agree, whatever the category and the number", () => {
    expect(leikDispersion([7, 0, 0])).toBe(0);
    expect(leikDispersion([0, 12, 0])).toBe(0);
  });

  it("is 1 for maximal polarisation: half NONE, half HIGH", () => {
    // F1 = 0.5, F2 = 0.5 -> 0.5 + 0.5 = 1
    expect(leikDispersion([1, 0, 1])).toBe(1);
    expect(leikDispersion([6, 0, 6])).toBe(1);
  });

  it("is 0.5 for an even split between neighbours (NONE/MODERATE)", () => {
    // F1 = 0.5, F2 = 1 -> 0.5 + 0 = 0.5
    expect(leikDispersion([2, 2, 0])).toBe(0.5);
    expect(leikDispersion([0, 3, 3])).toBe(0.5);
  });

  it("is 2/3 for an equal spread over the three impacts", () => {
    // F1 = 1/3, F2 = 2/3 -> 1/3 + 1/3
    expect(leikDispersion([1, 1, 1])).toBe(0.6667);
    expect(leikDispersion([4, 4, 4])).toBe(0.6667);
  });

  it("weighs the distance between categories, unlike entropy", () => {
    // three NONE, one HIGH: F1 = 0.75, F2 = 0.75 -> 0.25 + 0.25 = 0.5
    expect(leikDispersion([3, 0, 1])).toBe(0.5);
    // three NONE, one MODERATE: F1 = 0.75, F2 = 1 -> 0.25 + 0 = 0.25 (same entropy as above, half the dispersion)
    expect(leikDispersion([3, 1, 0])).toBe(0.25);
    // one NONE, two MODERATE, one HIGH: F1 = 0.25, F2 = 0.75 -> 0.25 + 0.25 = 0.5
    expect(leikDispersion([1, 2, 1])).toBe(0.5);
    // 5 NONE, 1 MODERATE, 4 HIGH: F1 = 0.5, F2 = 0.6 -> 0.5 + 0.4 = 0.9
    expect(leikDispersion([5, 1, 4])).toBe(0.9);
  });

  it("rejects nonsense input", () => {
    expect(() => leikDispersion([1])).toThrow(RangeError);
    expect(() => leikDispersion([1, -1, 0])).toThrow(RangeError);
    expect(() => leikDispersion([1.5, 0, 0])).toThrow(RangeError);
  });
});

describe("compareByDivergence", () => {
  it("ranks most divergent first, unrated last, then more rated, then the given order", () => {
    const rows = [
      { name: "unrated", divergence: null, ratedCount: 0, order: 0 },
      { name: "agree", divergence: 0, ratedCount: 5, order: 1 },
      { name: "split-few", divergence: 0.5, ratedCount: 2, order: 2 },
      { name: "polarised", divergence: 1, ratedCount: 2, order: 3 },
      { name: "split-many", divergence: 0.5, ratedCount: 4, order: 4 },
      { name: "single", divergence: 0, ratedCount: 1, order: 5 },
      { name: "agree-too", divergence: 0, ratedCount: 5, order: 6 },
    ];
    expect([...rows].sort(compareByDivergence).map((r) => r.name)).toEqual([
      "polarised",
      "split-many",
      "split-few",
      "agree",
      "agree-too",
      "single",
      "unrated",
    ]);
  });
});
