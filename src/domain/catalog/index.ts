import { buildCatalog, type Catalog } from "./catalog";
import { binhDinh2020 } from "./sources/binh-dinh-2020";
import { dakLak2020 } from "./sources/dak-lak-2020";
import { khanhHoa2020 } from "./sources/khanh-hoa-2020";
import { khanhHoaPeriodic2021 } from "./sources/khanh-hoa-periodic-2021";
import { sonLa2024 } from "./sources/son-la-2024";

export * from "./catalog";
export * from "./schema";

let cached: Catalog | undefined;

/** The official templates, validated once on first use. */
export function catalog(): Catalog {
  cached ??= buildCatalog({
    "khanh-hoa-2020": khanhHoa2020,
    "binh-dinh-2020": binhDinh2020,
    "khanh-hoa-periodic-2021": khanhHoaPeriodic2021,
    "son-la-2024": sonLa2024,
    "dak-lak-2020": dakLak2020,
  });
  return cached;
}
