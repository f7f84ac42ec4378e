// The production manifest: manifest.xml (the development manifest, https://localhost:3000) with every URL moved to
// the office's own server, the address that serves dist/. webpack.config.js writes it into dist/manifest.xml when
// the build is given ADDIN_URL (environment, or --env ADDIN_URL=...):
//   ADDIN_URL=https://cchc.sonoivu.example.gov.vn/ npm run build
// SUPPORT_URL optionally names the office's own help page (default: support.html beside the add-in).
"use strict";

/** The development server's address, as manifest.xml spells it. */
const DEV_ORIGIN = "https://localhost:3000/";

class ManifestError extends Error {}

const example = "ADDIN_URL=https://cchc.sonoivu.example.gov.vn/ npm run build";

/** The deployment address as the manifest needs it (https, ending in "/"); a ManifestError says what is wrong. */
function addinBase(value, name = "ADDIN_URL") {
  const fail = (why) =>
    new ManifestError(
      `Lỗi: ${name} ${why} Ví dụ: ${example} / ${name} must be the https:// address that serves dist/ (got «${value}»).`,
    );
  let url;
  try {
    url = new URL(value);
  } catch {
    throw fail(`phải là một địa chỉ đầy đủ https://... của máy chủ phục vụ thư mục dist/ (nhận được «${value}»).`);
  }
  if (url.protocol !== "https:")
    throw fail(`phải dùng https:// (Office chỉ nạp bổ trợ qua https), nhận được «${value}».`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw fail(`là máy chủ của cơ quan, không phải máy phát triển (nhận được «${value}»).`);
  if (url.search || url.hash || url.username)
    throw fail(`không được có ?, # hay tên đăng nhập (nhận được «${value}»).`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with its development URLs on `base`, and SupportUrl on `supportUrl` when given. */
function productionManifest(devXml, base, supportUrl) {
  let xml = devXml.replace(/<!--[\s\S]*?-->\n?/, (comment) =>
    comment.includes(DEV_ORIGIN.slice(0, -1))
      ? `<!-- CCHC add-in for Excel, built for ${base} (scripts/manifest.js). -->\n`
      : comment,
  );
  xml = xml.split(DEV_ORIGIN).join(base);
  if (supportUrl) xml = xml.replace(/(<SupportUrl DefaultValue=")[^"]*(")/, `$1${supportUrl}$2`);
  return xml;
}

module.exports = { DEV_ORIGIN, ManifestError, addinBase, productionManifest };
