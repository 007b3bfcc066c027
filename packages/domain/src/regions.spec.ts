import {
  PROVINCES,
  REGION_DATA_SOURCE,
  citiesOf,
  isValidRegionCode,
  normalizeRegionCode,
  provinceCodeOf,
  regionCascaderOptions,
  regionCascaderValue,
  regionName,
  regionPath,
} from "./regions";

describe("regions (GB/T 2260, province and city level)", () => {
  it("names known codes", () => {
    expect(regionName("110000")).toBe("北京市");
    expect(regionName("310000")).toBe("上海市");
    expect(regionName("440000")).toBe("广东省");
    expect(regionName("440300")).toBe("广东省 深圳市");
    expect(regionName("330100")).toBe("浙江省 杭州市");
    expect(regionName("650000")).toBe("新疆维吾尔自治区");
    expect(regionName("540100")).toBe("西藏自治区 拉萨市");
    expect(regionName("810000")).toBe("香港特别行政区");
  });

  it("has 34 province-level divisions, including 台湾, 香港 and 澳门", () => {
    expect(PROVINCES).toHaveLength(34);
    const names = PROVINCES.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["台湾省", "香港特别行政区", "澳门特别行政区", "内蒙古自治区"]));
    expect(PROVINCES.every((p) => /^\d{2}0000$/.test(p.code))).toBe(true);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
  });

  it("has the prefecture-level cities (2023 division codes)", () => {
    const cities = PROVINCES.flatMap((p) => citiesOf(p.code));
    expect(cities).toHaveLength(341);
    expect(cities.every((c) => /^\d{4}00$/.test(c.code) && !c.code.endsWith("0000"))).toBe(true);
    expect(citiesOf("440000").map((c) => c.name)).toEqual(expect.arrayContaining(["广州市", "深圳市", "东莞市"]));
    expect(citiesOf("440000")).toHaveLength(21);
    expect(citiesOf("320000")).toHaveLength(13);
    // 莱芜市 (371200) merged into 济南 in 2019.
    expect(isValidRegionCode("371200")).toBe(false);
    expect(REGION_DATA_SOURCE).toMatch(/^@vant\/area-data@\d/);
  });

  it("gives each municipality one city named after it", () => {
    for (const [province, city, name] of [
      ["110000", "110100", "北京市"],
      ["120000", "120100", "天津市"],
      ["310000", "310100", "上海市"],
      ["500000", "500100", "重庆市"],
    ] as const) {
      expect(citiesOf(province)).toEqual([{ code: city, name }]);
      expect(regionName(city)).toBe(name);
      expect(regionCascaderValue(city)).toEqual([province, city]);
    }
    // 重庆's counties (500200 "县" in GB/T 2260) fold into 500100.
    expect(normalizeRegionCode("500200")).toBe("500100");
    expect(normalizeRegionCode("500229")).toBe("500100");
    expect(isValidRegionCode("500200")).toBe(false);
  });

  it("has no city level for 台湾, 香港 and 澳门", () => {
    expect(citiesOf("710000")).toEqual([]);
    expect(citiesOf("810000")).toEqual([]);
    expect(normalizeRegionCode("810100")).toBe("810000");
    expect(isValidRegionCode("810100")).toBe(false);
  });

  it("normalizes looser codes to six digits", () => {
    expect(normalizeRegionCode("31")).toBe("310000");
    expect(normalizeRegionCode(" 44 ")).toBe("440000");
    expect(normalizeRegionCode("4403")).toBe("440300");
    expect(normalizeRegionCode("440305")).toBe("440300");
    expect(normalizeRegionCode("310115")).toBe("310100");
    expect(normalizeRegionCode("440300")).toBe("440300");
    expect(regionName("31")).toBe("上海市");
    expect(regionName("3301")).toBe("浙江省 杭州市");
    expect(citiesOf("44")).toHaveLength(21);
    expect(provinceCodeOf("440305")).toBe("440000");
  });

  it.each(["", "0", "00", "000000", "990000", "440000x", "4400000", "44000", "449900", "440015", "abcdef", "１１0000"])(
    "refuses %j",
    (code) => {
      expect(normalizeRegionCode(code)).toBeNull();
      expect(isValidRegionCode(code)).toBe(false);
      expect(regionName(code)).toBeUndefined();
      expect(regionPath(code)).toEqual([]);
      expect(citiesOf(code)).toEqual([]);
      expect(provinceCodeOf(code)).toBeNull();
    },
  );

  it("accepts exactly the canonical codes as valid", () => {
    expect(isValidRegionCode("110000")).toBe(true);
    expect(isValidRegionCode("440300")).toBe(true);
    expect(isValidRegionCode("419000")).toBe(true);
    expect(isValidRegionCode("31")).toBe(false);
    expect(isValidRegionCode("440305")).toBe(false);
    expect(isValidRegionCode(" 440300")).toBe(false);
  });

  it("builds the antd Cascader tree", () => {
    const options = regionCascaderOptions();
    expect(options).toHaveLength(34);
    expect(options.find((o) => o.value === "310000")).toEqual({
      value: "310000",
      label: "上海市",
      children: [{ value: "310100", label: "上海市" }],
    });
    expect(options.find((o) => o.value === "440000")?.children).toContainEqual({ value: "440300", label: "深圳市" });
    expect(options.find((o) => o.value === "820000")).toEqual({ value: "820000", label: "澳门特别行政区" });
    expect(regionCascaderOptions({ provincesOnly: true }).every((o) => o.children === undefined)).toBe(true);
    // A fresh tree each call: callers can't corrupt the shared data.
    options[0]?.children?.pop();
    expect(regionCascaderOptions()[0]?.children).toHaveLength(1);
    expect(citiesOf("110000")).toHaveLength(1);
  });

  it("keeps every code unique and every city under its own province", () => {
    const codes = new Set<string>();
    for (const province of PROVINCES) {
      codes.add(province.code);
      for (const city of citiesOf(province.code)) {
        expect(city.code.slice(0, 2)).toBe(province.code.slice(0, 2));
        expect(codes.has(city.code)).toBe(false);
        codes.add(city.code);
      }
    }
    expect(codes.size).toBe(34 + 341);
  });
});
