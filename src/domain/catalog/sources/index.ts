import type { SourceModuleInput } from "../schema";
import { binhDinh2020 } from "./binh-dinh-2020";
import { dakLak2020 } from "./dak-lak-2020";
import { khanhHoa2020 } from "./khanh-hoa-2020";
import { khanhHoaPeriodic2021 } from "./khanh-hoa-periodic-2021";
import { sonLa2024 } from "./son-la-2024";

/**
 * The official templates as written by hand, one module per source document, in catalog order. The program reads
 * them as scripts/build-catalog.ts emitted them after the schema's check (../built-in.json), not from here.
 */
export const BUILT_IN_SOURCES: Record<string, SourceModuleInput> = {
  "khanh-hoa-2020": khanhHoa2020,
  "binh-dinh-2020": binhDinh2020,
  "khanh-hoa-periodic-2021": khanhHoaPeriodic2021,
  "son-la-2024": sonLa2024,
  "dak-lak-2020": dakLak2020,
};
