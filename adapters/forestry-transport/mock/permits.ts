import { HARVEST_PERMITS } from '../../forestry-harvest/mock/permits';
import { NAMED_ENTERPRISES, NAMED_RESIDENTS, residentHas } from '../../kit/population';

/** 运输证 as the transport system holds it: its own field names, dates yyyyMMdd, volumes strings. */
export interface YszRecord {
  yszh: string;
  cfxkzh: string;
  hzmc: string;
  hzzjhm: string;
  sz: string;
  ysl: string;
  qyd: string;
  mdd: string;
  qfrq: string;
  yxqz: string;
  zt: string;
}

const { forestFarmer } = NAMED_RESIDENTS;
const { timberCompany } = NAMED_ENTERPRISES;
const MARKET = '蒙自市雨过铺镇木材交易市场';

/**
 * The forest farmer's three transports (CF2019-0001: 20.000 + 18.500 of 45.600; CF2020-0002:
 * 12.250 of 30.000) and the timber company's two on CF2019-0003, whose second (35.500 with only
 * 30.000 left of 80.000) over-draws the permit: the record the hub must flag.
 */
const NAMED_TRANSPORTS: YszRecord[] = [
  {
    yszh: 'YS2019-0001',
    cfxkzh: 'CF2019-0001',
    hzmc: forestFarmer.name,
    hzzjhm: forestFarmer.idNumber,
    sz: '云南松',
    ysl: '20.000',
    qyd: '蒙自市文澜镇三道桥村',
    mdd: MARKET,
    qfrq: '20190402',
    yxqz: '20190412',
    zt: '2',
  },
  {
    yszh: 'YS2019-0002',
    cfxkzh: 'CF2019-0001',
    hzmc: forestFarmer.name,
    hzzjhm: forestFarmer.idNumber,
    sz: '云南松',
    ysl: '18.500',
    qyd: '蒙自市文澜镇三道桥村',
    mdd: MARKET,
    qfrq: '20190510',
    yxqz: '20190520',
    zt: '2',
  },
  {
    yszh: 'YS2020-0003',
    cfxkzh: 'CF2020-0002',
    hzmc: forestFarmer.name,
    hzzjhm: forestFarmer.idNumber,
    sz: '华山松',
    ysl: '12.250',
    qyd: '蒙自市文澜镇三道桥村',
    mdd: MARKET,
    qfrq: '20200315',
    yxqz: '20200325',
    zt: '2',
  },
  {
    yszh: 'YS2019-0004',
    cfxkzh: 'CF2019-0003',
    hzmc: timberCompany.name,
    hzzjhm: timberCompany.creditCode,
    sz: '桉树',
    ysl: '50.000',
    qyd: '蒙自市草坝镇碧色寨村',
    mdd: '蒙自市林丰木业有限公司加工厂',
    qfrq: '20190220',
    yxqz: '20190305',
    zt: '2',
  },
  {
    yszh: 'YS2019-0005',
    cfxkzh: 'CF2019-0003',
    hzmc: timberCompany.name,
    hzzjhm: timberCompany.creditCode,
    sz: '桉树',
    ysl: '35.500',
    qyd: '蒙自市草坝镇碧色寨村',
    mdd: '蒙自市林丰木业有限公司加工厂',
    qfrq: '20190418',
    yxqz: '20190428',
    zt: '2',
  },
];

/** The transport system's names for the harvest system's species codes. */
const SPECIES_NAMES: Record<string, string> = { YNS: '云南松', HSS: '华山松', SM: '杉木', AS: '桉树', LL: '栎类' };

/**
 * Most generated harvest permits have one transport, a month after approval, carrying half the
 * approved volume (rounded down to the litre): always within the permit.
 */
function generatedTransports(): YszRecord[] {
  const namedPermits = new Set(NAMED_TRANSPORTS.map((transport) => transport.cfxkzh));
  const drawn = HARVEST_PERMITS.filter(
    (permit) => !namedPermits.has(permit.XKZH) && residentHas(permit.SFZH, 'forestry-transport', 70),
  );
  return drawn.map((permit, index) => {
    const [year, month, day] = permit.PZRQ.split('-');
    const litres = Math.floor(Number(permit.CFXJ.replace('.', '')) / 2);
    const issued = `${year}${String(Number(month) + 1).padStart(2, '0')}${day}`;
    return {
      yszh: `YS${year}-${String(NAMED_TRANSPORTS.length + index + 1).padStart(4, '0')}`,
      cfxkzh: permit.XKZH,
      hzmc: permit.SQR,
      hzzjhm: permit.SFZH,
      sz: SPECIES_NAMES[permit.SZ],
      ysl: `${Math.floor(litres / 1000)}.${String(litres % 1000).padStart(3, '0')}`,
      qyd: permit.CFDD.split(' ')[0],
      mdd: MARKET,
      qfrq: issued,
      yxqz: issued.slice(0, 6) + String(Math.min(Number(day) + 10, 28)).padStart(2, '0'),
      zt: '2',
    };
  });
}

/** Every transport permit the double serves, the named ones first; identical in every run. */
export const TRANSPORT_PERMITS: readonly YszRecord[] = [...NAMED_TRANSPORTS, ...generatedTransports()];
