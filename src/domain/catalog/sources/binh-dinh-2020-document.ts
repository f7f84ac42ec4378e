import type { SourceModuleInput } from "../schema";

export const binhDinhDocument: SourceModuleInput["document"] = {
  id: "binh-dinh-2020",
  issuer: "Ủy ban nhân dân tỉnh Bình Định",
  title:
    "Kế hoạch số 04/KH-UBND ngày 20/01/2020 tổng kết thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020 tỉnh Bình Định",
  province: "Bình Định",
  year: 2020,
};
