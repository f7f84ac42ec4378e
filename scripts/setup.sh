#!/usr/bin/env bash
# npm run setup: install, build the CLI and the add-in, and write every template workbook into out/templates.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
node bin/cchc.js templates
node bin/cchc.js template --all -o out/templates --force
cat <<'MSG'

Xong. Các mẫu biểu (.xlsx) ở thư mục out/templates/ — mở bằng Excel hoặc LibreOffice.
  Dòng lệnh:            npx cchc help   (templates | template | define | validate | merge; xem README.md)
  Add-in trong Excel:   npm start   (Excel 2021 / Microsoft 365 trên Windows hoặc Mac; cần mạng lần đầu)
  Triển khai cho cơ quan: ADDIN_URL=https://<máy chủ>/ npm run build, rồi phục vụ dist/ qua https (README: Triển khai)
  Trang độc lập:        npm run standalone   (mọi trình duyệt, cho Excel 2019 trở về trước, WPS, LibreOffice)

Done. Template workbooks are in out/templates/. Add-in: npm start. Standalone page: npm run standalone.
MSG
