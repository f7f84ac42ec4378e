import type { SourceModuleInput } from "../schema";
import { binhDinhDocument } from "./binh-dinh-2020-document";
import { binhDinhPl1to4 } from "./binh-dinh-2020-pl1-4";
import { binhDinhPl5to8 } from "./binh-dinh-2020-pl5-8";

/** Bình Định, Kế hoạch 04/KH-UBND: the national indicator set split into Phụ lục 1-8. */
export const binhDinh2020 = {
  document: binhDinhDocument,
  templates: [...binhDinhPl1to4, ...binhDinhPl5to8],
} satisfies SourceModuleInput;
