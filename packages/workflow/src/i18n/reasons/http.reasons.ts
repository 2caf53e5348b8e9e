import { t } from '../localised-text';

/** Reasons about the HTTP request itself, answered by the gateway before any service is asked. */
export const HTTP_REASONS = {
  ROUTE_NOT_FOUND: t('没有此接口：{method} {path}', 'There is no route {method} {path}.'),
  MALFORMED_JSON: t('请求体不是合法的 JSON。', 'The request body could not be parsed as JSON.'),
  PAYLOAD_TOO_LARGE: t('请求体超过了大小限制。', 'The request body exceeds the size limit.'),
  UNSUPPORTED_ENCODING: t('不支持请求体的编码或字符集。', 'The encoding or character set of the request body is not supported.'),
  UNSUPPORTED_MEDIA_TYPE: t('请以 application/x-www-form-urlencoded 或 application/json 发送。', 'Send application/x-www-form-urlencoded or application/json.'),
  UNSUPPORTED_CONTENT_TYPE: t('请以 {accepted} 发送请求。', 'Send the request as {accepted}.'),
  BAD_REQUEST: t('请求无效。', 'The request is not valid.'),
  FORBIDDEN_KEY: t('请求中含有不允许的键名（以 "$" 开头或对象原型名）。', 'The request contains a forbidden key (starting with "$" or naming an object prototype).'),
  RATE_LIMITED: t('请求过于频繁，请一分钟后再试。', 'Too many requests; please wait a minute.'),
  MALFORMED_MULTIPART: t('无法读取 multipart 请求体。', 'The multipart body could not be read.'),
  FILE_TOO_LARGE: t('文件“{filename}”超过了 {max} 的大小限制。', 'The file "{filename}" is larger than {max}.'),
  UNSUPPORTED_FILE_TYPE: t('以下文件不是可接受的简历类型（{accepted}）：{files}', 'These files are not an accepted resume type ({accepted}): {files}'),
} as const;
