import { describe, expect, test } from 'vitest';
import { findFigures } from '../../../src/ingest/metrics/figures.ts';

const texts = (text: string) => findFigures(text).map((f) => f.text);
const only = (text: string) => {
  const figures = findFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0]!;
};

describe('figures the issue names', () => {
  test.each([
    ['全年实现生产总值1095亿元,', '1095亿元', 1095, '亿', 109500000000, '元', 'currency'],
    ['新增就业岗位4.6万个', '4.6万个', 4.6, '万', 46000, '个', 'count'],
    ['增长8%', '8%', 8, undefined, 8, '%', 'percent'],
    ['提高3.5个百分点', '3.5个百分点', 3.5, undefined, 3.5, '个百分点', 'percentage-points'],
    ['接待游客980万人次', '980万人次', 980, '万', 9800000, '人次', 'count'],
    ['出生率2.08‰', '2.08‰', 2.08, undefined, 2.08, '‰', 'permille'],
    ['处置量160吨/日', '160吨/日', 160, undefined, 160, '吨/日', 'mass-rate'],
    ['沿岸1.3万平方米陆域景观', '1.3万平方米', 1.3, '万', 13000, '平方米', 'area'],
    ['引进合同外资10亿美元', '10亿美元', 10, '亿', 1000000000, '美元', 'currency'],
    ['完成两万户', '两万户', 20000, undefined, 20000, '户', 'count'],
    ['收入1594 亿元', '1594 亿元', 1594, '亿', 159400000000, '元', 'currency'],
    ['收入1,095亿元', '1,095亿元', 1095, '亿', 109500000000, '元', 'currency'],
    ['收入１０９５亿元', '１０９５亿元', 1095, '亿', 109500000000, '元', 'currency'],
    ['投资一亿五千万元', '一亿五千万元', 150000000, undefined, 150000000, '元', 'currency'],
    ['新增绿地14.15公顷', '14.15公顷', 14.15, undefined, 141500, '公顷', 'area'],
    ['架空线入地完工30公里', '30公里', 30, undefined, 30000, '公里', 'length'],
    ['PM2.5浓度低于30微克/立方米', '30微克/立方米', 30, undefined, 30, '微克/立方米', 'concentration'],
  ])('%s', (text, figureText, number, scaleWord, value, unit, unitKind) => {
    const f = only(text);
    expect(f.text).toBe(figureText);
    expect(f.number).toBe(number);
    expect(f.scaleWord).toBe(scaleWord);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.unitKind).toBe(unitKind);
    expect(text.slice(f.start, f.end)).toBe(figureText);
  });

  test('人次 wins over 人, 个百分点 over 个, 美元 over 元', () => {
    expect(only('服务4.9万人次').unit).toBe('人次');
    expect(only('提高11个百分点').unit).toBe('个百分点');
    expect(only('16.77亿美元').baseUnit).toBe('美元');
  });
});

describe('qualifiers stay outside the span', () => {
  test.each([
    ['城镇登记失业人数控制在20900人以内', '20900人', '以内'],
    ['提供贷款(担保)超过20亿元', '20亿元', '超过'],
    ['占全市近60%', '60%', '近'],
    ['拆除违法建筑约10.6万平方米', '10.6万平方米', '约'],
    ['社会消费品零售总额1200亿元以上', '1200亿元', '以上'],
    ['预计全年地区生产总值突破3000亿元', '3000亿元', '突破'],
    ['高新技术产业总产出达到945亿元', '945亿元', '达到'],
    ['控制在5%左右', '5%', '左右'],
    ['城镇调查失业率小于5.5%', '5.5%', '小于'],
    ['AQI优良率接近90%', '90%', '接近'],
  ])('%s', (text, figureText, qualifier) => {
    const f = only(text);
    expect(f.text).toBe(figureText);
    expect(f.qualifier).toBe(qualifier);
    expect(f.outerStart).toBe(f.start - (text.slice(0, f.start).endsWith(qualifier) ? qualifier.length : 0));
  });

  test('approximation inside the figure stays in it', () => {
    expect(only('总投入4400余万元').text).toBe('4400余万元');
    expect(only('总投入4400余万元').value).toBe(44000000);
    expect(only('惠及群众10万余人次').text).toBe('10万余人次');
    expect(only('获得30多项发明').qualifier).toBe('多');
  });

  test('a range is one figure: lower bound, the rest as qualifier', () => {
    const f = only('引进区域性企业总部8—10家');
    expect(f).toMatchObject({ text: '8—10家', number: 8, qualifier: '—10', unit: '家' });
  });

  test('a word ending in a qualifier character is not a qualifier', () => {
    expect(only('全年完成居民签约1395户').qualifier).toBeUndefined();
    expect(only('签约6.4万人').qualifier).toBeUndefined();
  });

  test('a fraction is a figure', () => {
    expect(only('占全市1/4以上')).toMatchObject({ text: '1/4', value: 0.25, qualifier: '以上', unitKind: 'fraction' });
  });

  test('a duration that measures the work is a figure', () => {
    expect(only('提前两年完成所有燃煤锅炉清洁能源替代')).toMatchObject({ text: '两年', value: 2, unit: '年', unitKind: 'duration' });
    expect(texts('不成套旧住房改造项目一年建成回搬')).toEqual(['一年']);
    expect(texts('蓬皮杜中心新一轮五年展陈合作项目')).toEqual(['五年']);
    // A streak counts years a rank was held, not work done (real reports: `连续九年全市第一`).
    expect(texts('连续5年被评为上海市平安城区')).toEqual([]);
    expect(texts('为期十年的战略协作')).toEqual(['十年']);
  });

  test('a small count in Chinese numerals is a figure', () => {
    expect(only('为民办实事工程共十件')).toMatchObject({ text: '十件', value: 10, unit: '件' });
    expect(texts('望海潮三家国有企业')).toEqual(['三家']);
    expect(texts('作为中央第六巡回督导组在上海的两个联系点之一')).toEqual(['两个']);
  });
});

describe('not figures (cases from the seeds)', () => {
  test.each([
    // years and dates
    '2013年工作回顾',
    '——2014年1月8日在上海市徐汇区第十五届人民代表大会第四次会议上',
    '时间:2014-01-17',
    '(2015年1月27日在上城区第十四届人民代表大会第四次会议上)',
    '有效应对“7·5”公交纵火案等突发事件',
    '2016120日',
    '启动201*年市区两级',
    '中华人民共和国成立75周年',
    '2013年是全面贯彻落实党的十八大战略部署的第一年',
    '是实施“十二五”规划承上启下的重要一年。一年来,',
    '实施小学课程三年行动计划',
    '两年半来',
    '房龄15年以上',
    // ordinals and meetings
    '承办第20届上海国际电影节',
    '第24届上海国际茶文化旅游节',
    '党的二十大和二十届二中、三中全会精神',
    '区十七届人大五次会议确定的目标任务',
    // plan names, list numbering, one-is/two-is
    '实施“十二五”规划承上启下的重要一年',
    '实现“十四五”规划目标任务的关键一年',
    '1.建设保障性住房',
    '一是经济运行回升向好。二是改革创新不断深化。',
    // addresses, lines, plots
    '老沪闵路1296弄60-65号改造',
    '漕开发宜山路711号华鑫中心',
    '配合做好轨道交通11号线北段二期通车',
    '推进轨交23号线、19号线前期腾地',
    '重点推进南站8号地块土地收储',
    '103地块、80街坊、59-2地块',
    '启动谈家桥121弄、155弄',
    '完成晋城路258号',
    '启动解放路194号等',
    // hotlines and code-like names
    '切实做好“12345”市民热线服务',
    'H7N9禽流感防控工作扎实有效',
    '构建“5+X”企业登记',
    '“2+7+X”生态环境综合治理',
    '提供“1+1+1”签约服务',
    '做优“1+1+N”科学教育模式',
    '支持老字号企业开展O2O业务',
    '成功创建国家3A级旅游景区',
    '“平安365”智慧治理机制',
    '加强教师“360培训”',
    '加快建设尚城1157综合体',
    '推进长城178等文创园区建设',
    '优化营商环境7.0版行动方案',
    '越界3.0二期竣工',
    '成功承办2024世界人工智能大会',
    '所有住宅小区均达到“123”配建比要求',
    // number words inside names
    '加快实施“一轴三带”发展战略',
    '聚焦“四风”、反思差距',
    '毫不动摇发展“三大经济”',
    '坚决做到“两个维护”',
    '坚决做到“两个维护”',
    '以邓小平理论、“三个代表”重要思想',
    '认真贯彻落实中央八项规定',
    '区四套班子领导',
    '开发“开门七件事”',
    '开展新一批截污纳管',
    '二次供水设施改造',
    '主要做了六方面的工作',
    '十八届三中、四中全会',
    '数字经济产业保持两位数增长',
    '千万级项目',
    '每万人口高价值发明专利拥有量',
    // names that contain a measure
    '推进30分钟体育生活圈建设',
    '新建2座24小时自助图书馆'.slice(3),
    '继续落实好0-6岁儿童免费体检',
    '60岁以上人群签约率',
    '河道两侧10米范围内',
    '公园绿地300米服务半径全覆盖',
    '开展1%人口抽样调查工作',
    '新认定的就业困难人员在3个月内安置',
    '获1金2银佳绩',
    '入围省级现代服务业集聚区20强',
  ])('%s', (text) => expect(texts(text)).toEqual([]));

  test('a figure next to a name is still found', () => {
    expect(texts('新建2座24小时自助图书馆')).toEqual(['2座']);
    expect(texts('为20幢15年以上房龄')).toEqual(['20幢']);
    expect(texts('PM2.5浓度低于30微克/立方米')).toEqual(['30微克/立方米']);
  });
});

test('figures come in reading order with offsets into the text', () => {
  const text = '全年实现生产总值1095亿元,增长8%。完成区级财政收入118.7亿元,增长8.8%。';
  const figures = findFigures(text);
  expect(figures.map((f) => f.text)).toEqual(['1095亿元', '8%', '118.7亿元', '8.8%']);
  for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
});

test('a unit that starts with a scale word\'s character is the unit (real corpus r795: 万元GDP电耗414千瓦时)', () => {
  const energy = findFigures('万元GDP电耗414千瓦时,重5千克,用电89亿千瓦时');
  expect(energy.map((f) => [f.text, f.value, f.baseUnit])).toEqual([
    ['414千瓦时', 414, '千瓦时'],
    ['5千克', 5, '千克'],
    ['89亿千瓦时', 8.9e9, '千瓦时'],
  ]);
  // 千 as a scale before a unit of its own stays a scale.
  expect(only('建成道路12千米').value).toBe(12000);
});
