/**
 * Cities a header names without a label ("男 | 35岁 | 上海", "Seattle, WA • …"). Chinese cities are
 * recognised from a list (the municipalities, provincial capitals and the larger prefecture-level
 * cities, where most candidates live); English ones by the "City, Region" shape of a cell.
 */
const CHINESE_CITIES = new Set(
  (
    '北京 上海 天津 重庆 香港 澳门 台北 广州 深圳 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 济南 青岛 大连 沈阳 哈尔滨 长春 ' +
    '石家庄 太原 呼和浩特 合肥 福州 厦门 南昌 南宁 海口 三亚 贵阳 昆明 拉萨 兰州 西宁 银川 乌鲁木齐 宁波 无锡 常州 南通 ' +
    '徐州 扬州 温州 绍兴 嘉兴 金华 台州 湖州 东莞 佛山 珠海 中山 惠州 汕头 江门 湛江 泉州 漳州 烟台 潍坊 临沂 淄博 ' +
    '济宁 威海 唐山 保定 廊坊 邯郸 洛阳 襄阳 宜昌 芜湖 赣州 九江 株洲 岳阳 衡阳 柳州 桂林 绵阳 遵义 大理 包头 鄂尔多斯 ' +
    '吉林 大庆 盐城 泰州 镇江 昆山 莆田 宝鸡 咸阳 秦皇岛'
  ).split(' '),
);
const CELL_SEPARATORS = /\s*[|/•·\t]\s*|\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/u;
/** "New York, NY", "São Paulo, Brazil", "Hangzhou, China". */
const CITY_REGION = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), (?:[A-Z]{2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

export function headerCity(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 6)) {
    for (const cell of line.split(CELL_SEPARATORS)) {
      const city = chineseCity(cell.trim()) ?? CITY_REGION.exec(cell.trim())?.[1];
      if (city) return city;
    }
  }
  return undefined;
}

function chineseCity(cell: string): string | undefined {
  const name = cell.replace(/^.*?(?:省|自治区)/, '').replace(/市.*$/, '');
  return CHINESE_CITIES.has(name) ? name : undefined;
}
