import { parsePeriod } from "../../src/domain/period/period";

describe("reporting periods", () => {
  it.each([
    ["Quý I/2021", 3, 2021],
    ["quý 3 năm 2024", 3, 2024],
    ["6 tháng đầu năm 2021", 6, 2021],
    ["9 tháng năm 2024", 9, 2024],
    ["Năm 2023", 12, 2023],
    ["", 12, undefined],
  ])("%s spans %i months", (text, months, year) => {
    expect(parsePeriod(text)).toEqual({ text, months, year });
  });
});
