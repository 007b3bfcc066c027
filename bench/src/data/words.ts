/**
 * Word lists for synthetic Chinese company and person names. A trade name (字号) is two of the
 * characters below; its pinyin is the domain's stem, so "云帆" → yunfan.com.
 */

/** Characters common in trade names, with their pinyin (no tones). */
export const TRADE_CHARS: readonly (readonly [string, string])[] = [
  ["云", "yun"], ["帆", "fan"], ["青", "qing"], ["禾", "he"], ["精", "jing"], ["工", "gong"],
  ["华", "hua"], ["信", "xin"], ["恒", "heng"], ["通", "tong"], ["瑞", "rui"], ["达", "da"],
  ["金", "jin"], ["鑫", "xin"], ["博", "bo"], ["远", "yuan"], ["盛", "sheng"], ["泰", "tai"],
  ["安", "an"], ["康", "kang"], ["宏", "hong"], ["伟", "wei"], ["天", "tian"], ["宇", "yu"],
  ["星", "xing"], ["辰", "chen"], ["海", "hai"], ["峰", "feng"], ["嘉", "jia"], ["诚", "cheng"],
  ["德", "de"], ["润", "run"], ["丰", "feng"], ["中", "zhong"], ["新", "xin"], ["创", "chuang"],
  ["科", "ke"], ["联", "lian"], ["汇", "hui"], ["聚", "ju"], ["光", "guang"], ["明", "ming"],
  ["智", "zhi"], ["慧", "hui"], ["锦", "jin"], ["程", "cheng"], ["鼎", "ding"], ["立", "li"],
  ["方", "fang"], ["圆", "yuan"], ["正", "zheng"], ["合", "he"], ["和", "he"], ["美", "mei"],
  ["佳", "jia"], ["优", "you"], ["品", "pin"], ["易", "yi"], ["捷", "jie"], ["速", "su"],
  ["领", "ling"], ["航", "hang"], ["东", "dong"], ["南", "nan"], ["西", "xi"], ["北", "bei"],
  ["龙", "long"], ["凤", "feng"], ["麒", "qi"], ["麟", "lin"], ["松", "song"], ["柏", "bai"],
  ["蓝", "lan"], ["绿", "lv"], ["春", "chun"], ["秋", "qiu"], ["晨", "chen"], ["阳", "yang"],
  ["启", "qi"], ["迪", "di"], ["卓", "zhuo"], ["越", "yue"], ["凯", "kai"], ["旋", "xuan"],
  ["永", "yong"], ["兴", "xing"], ["隆", "long"], ["昌", "chang"], ["万", "wan"], ["利", "li"],
  ["百", "bai"], ["川", "chuan"], ["江", "jiang"], ["湖", "hu"], ["山", "shan"], ["水", "shui"],
  ["乐", "le"], ["思", "si"], ["维", "wei"], ["数", "shu"], ["码", "ma"], ["网", "wang"],
];

export interface IndustryWord {
  /** The industry code of packages/domain INDUSTRIES. */
  industry: string;
  /** What follows the trade name in the company name. */
  zh: string;
  /** What a domain may append: yunfan-tech.com. */
  slug: string;
}

export const INDUSTRY_WORDS: readonly IndustryWord[] = [
  { industry: "IT", zh: "科技", slug: "tech" },
  { industry: "IT", zh: "信息技术", slug: "it" },
  { industry: "IT", zh: "网络科技", slug: "net" },
  { industry: "IT", zh: "软件", slug: "soft" },
  { industry: "IT", zh: "数据科技", slug: "data" },
  { industry: "MANUFACTURING", zh: "精密机械", slug: "mfg" },
  { industry: "MANUFACTURING", zh: "电子", slug: "elec" },
  { industry: "MANUFACTURING", zh: "实业", slug: "group" },
  { industry: "MANUFACTURING", zh: "新材料", slug: "material" },
  { industry: "EDUCATION", zh: "教育科技", slug: "edu" },
  { industry: "EDUCATION", zh: "培训", slug: "school" },
  { industry: "FINANCE", zh: "投资管理", slug: "capital" },
  { industry: "FINANCE", zh: "融资租赁", slug: "fin" },
  { industry: "HEALTHCARE", zh: "医疗器械", slug: "med" },
  { industry: "HEALTHCARE", zh: "生物科技", slug: "bio" },
  { industry: "HEALTHCARE", zh: "健康管理", slug: "health" },
  { industry: "RETAIL", zh: "贸易", slug: "trade" },
  { industry: "RETAIL", zh: "商贸", slug: "shop" },
  { industry: "RETAIL", zh: "食品", slug: "food" },
  { industry: "LOGISTICS", zh: "物流", slug: "logistics" },
  { industry: "LOGISTICS", zh: "供应链管理", slug: "scm" },
  { industry: "CONSTRUCTION", zh: "建筑工程", slug: "build" },
  { industry: "CONSTRUCTION", zh: "置业", slug: "estate" },
  { industry: "MEDIA", zh: "文化传媒", slug: "media" },
  { industry: "MEDIA", zh: "广告", slug: "ad" },
  { industry: "LEGAL", zh: "法律咨询", slug: "law" },
  { industry: "OTHER", zh: "企业管理咨询", slug: "consulting" },
  { industry: "OTHER", zh: "环保科技", slug: "eco" },
];

export const COMPANY_SUFFIXES: readonly string[] = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"];

/** Suffixes of customer domains (registrable under the public suffix list) and how common each is. */
export const TLDS: readonly (readonly [string, number])[] = [
  ["com", 44],
  ["cn", 22],
  ["com.cn", 16],
  ["net", 5],
  ["net.cn", 3],
  ["cc", 2],
  ["org.cn", 1],
  ["top", 1],
];

export const SURNAMES: readonly string[] = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
  "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
];

export const GIVEN_NAME_CHARS: readonly string[] = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀",
  "霞", "平", "刚", "桂", "英", "华", "玲", "建", "文", "斌", "波", "宁", "欣", "悦", "浩", "宇", "晨",
];

/** Share channels of a campaign (code, name): what a dealer prints on its share links. */
export const CAMPAIGN_CHANNELS: readonly (readonly [string, string])[] = [
  ["wechat", "微信朋友圈"],
  ["wechat-group", "微信群"],
  ["weibo", "微博"],
  ["sms", "短信"],
  ["email", "邮件推送"],
  ["poster", "线下海报"],
  ["douyin", "抖音"],
  ["zhihu", "知乎"],
];

export const CAMPAIGN_THEMES: readonly string[] = [
  "企业邮箱限时优惠",
  "新客户免费试用",
  "老客户续费礼",
  "邮箱搬家零门槛",
  "校园邮开学季",
  "安全邮箱升级",
  "开年采购节",
  "年中大促",
];
