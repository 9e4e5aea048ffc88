// Names for the synthetic registry: Hunan's prefecture-level cities with some of their counties, and departments
// that publish 部门决算. Real place names so that region filters and search see realistic text.
export interface Region {
  /** ASCII part of bureau ids. */
  slug: string;
  /** The place as it prefixes a bureau name: 浏阳市. */
  name: string;
  /** Full region as the registry writes it: 湖南省长沙市浏阳市. */
  region: string;
  level: '市级' | '县级';
}

const CITIES: [string, string[]][] = [
  ['长沙市', ['浏阳市', '宁乡市', '长沙县', '望城区', '岳麓区', '芙蓉区']],
  ['株洲市', ['醴陵市', '攸县', '茶陵县', '炎陵县', '渌口区']],
  ['湘潭市', ['湘乡市', '韶山市', '湘潭县', '雨湖区']],
  ['衡阳市', ['耒阳市', '常宁市', '衡阳县', '衡南县', '衡山县', '衡东县', '祁东县']],
  ['邵阳市', ['北塔区', '双清区', '大祥区', '邵东市', '新邵县', '邵阳县', '隆回县', '洞口县', '武冈市']],
  ['岳阳市', ['汨罗市', '临湘市', '华容县', '湘阴县', '平江县', '岳阳楼区']],
  ['常德市', ['津市市', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '武陵区']],
  ['张家界市', ['永定区', '武陵源区', '慈利县', '桑植县']],
  ['益阳市', ['沅江市', '南县', '桃江县', '安化县', '赫山区']],
  ['郴州市', ['资兴市', '桂阳县', '宜章县', '永兴县', '嘉禾县', '临武县', '汝城县', '北湖区', '苏仙区']],
  ['永州市', ['祁阳市', '东安县', '双牌县', '道县', '江永县', '宁远县', '零陵区', '冷水滩区']],
  ['怀化市', ['洪江市', '沅陵县', '辰溪县', '溆浦县', '中方县', '会同县', '鹤城区']],
  ['娄底市', ['冷水江市', '涟源市', '双峰县', '新化县', '娄星区']],
  ['湘西土家族苗族自治州', ['吉首市', '泸溪县', '凤凰县', '花垣县', '保靖县', '古丈县', '永顺县', '龙山县']],
];

export const REGIONS: Region[] = CITIES.flatMap(([city, counties], c) => [
  { slug: `c${c + 1}`, name: city, region: `湖南省${city}`, level: '市级' as const },
  ...counties.map((county, k) => ({ slug: `c${c + 1}k${k + 1}`, name: county, region: `湖南省${city}${county}`, level: '县级' as const })),
]);

/** Department name suffixes (each ends in a word the parser's title pattern knows: 局, 委员会, 中心, 馆) and id slugs. */
export const DEPARTMENTS: [string, string][] = [
  ['医疗保障局', 'ybj'], ['财政局', 'czj'], ['教育局', 'jyj'], ['民政局', 'mzj'], ['司法局', 'sfj'], ['审计局', 'sjj'],
  ['统计局', 'tjj'], ['林业局', 'lyj'], ['水利局', 'slj'], ['交通运输局', 'jtj'], ['商务局', 'swj'], ['应急管理局', 'yjj'],
  ['农业农村局', 'nyj'], ['生态环境局', 'hbj'], ['自然资源局', 'zrj'], ['住房和城乡建设局', 'zjj'],
  ['人力资源和社会保障局', 'rsj'], ['市场监督管理局', 'scj'], ['卫生健康委员会', 'wjw'], ['发展和改革委员会', 'fgw'],
  ['科学技术局', 'kjj'], ['文化旅游广电体育局', 'wlj'], ['退役军人事务局', 'tyj'], ['医疗保障事务中心', 'ybzx'],
  ['档案馆', 'dag'], ['机关事务管理局', 'jgj'],
];
