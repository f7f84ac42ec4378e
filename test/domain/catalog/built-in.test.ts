import { catalog } from "../../../src/domain/catalog";
import builtIn from "../../../src/domain/catalog/built-in.json";
import { buildCatalog, parseModules } from "../../../src/domain/catalog/catalog";
import { BUILT_IN_SOURCES } from "../../../src/domain/catalog/sources";

describe("the built-in catalog the program reads (src/domain/catalog/built-in.json)", () => {
  it("is exactly what the schema makes of the sources: run npm run build:catalog after editing a source", () => {
    // Through JSON both ways, so that a value JSON cannot hold (undefined, a Date) would show as a difference.
    expect(builtIn).toStrictEqual(JSON.parse(JSON.stringify(parseModules(BUILT_IN_SOURCES))));
  });

  it("gives the same catalog as checking the sources when the program starts", () => {
    const checked = buildCatalog(BUILT_IN_SOURCES);
    expect(catalog().templates.map((e) => e.template.id)).toEqual(checked.templates.map((e) => e.template.id));
    expect(catalog().templates).toEqual(checked.templates);
  });
});
