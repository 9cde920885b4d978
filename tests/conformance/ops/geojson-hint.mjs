// @mapbox/geojsonhint's verdict on a GeoJSON object (RFC 7946), with its default checks (precision included):
// every problem it reports, with its level and line where it gives them. An empty list means the object passes.
import geojsonhint from '@mapbox/geojsonhint';

export default function geojsonHintOp(request) {
  try {
    const problems = geojsonhint.hint(request.geojson);
    return { problems: problems.map((p) => ({ message: String(p.message), level: p.level ?? 'error', line: p.line ?? null })) };
  } catch (error) {
    return { error: String(error.message) };
  }
}
