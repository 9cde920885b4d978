// Requests carry a document either as text ("source") or, for byte-level cases such as invalid UTF-8,
// as base64 ("sourceBase64"), decoded the way a JavaScript server would receive it: WHATWG UTF-8 with
// U+FFFD replacement.
const decoder = new TextDecoder('utf-8');

export function sourceOf(request) {
  if (typeof request.sourceBase64 === 'string') {
    return decoder.decode(Buffer.from(request.sourceBase64, 'base64'));
  }
  return request.source;
}
