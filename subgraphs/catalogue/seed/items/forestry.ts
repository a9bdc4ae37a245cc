import { ApplicantType, DecidingSystem, HandlingMode, OnlineDepth, ServiceItemType } from '../../enums';
import { CITY } from '../divisions';
import {
  agentAuthorisation,
  form,
  FREE,
  idCard,
  issued,
  PILOT_START,
  pilotItem,
  promisedProcess,
  SeedItem,
  thirdParty,
} from './guide';

const FORESTRY = `${CITY}-LYJ`;
const BUREAU = '市林业局';
const BOTH = [ApplicantType.PERSON, ApplicantType.ENTERPRISE];

/** 市林业局's three items, each decided on its own self-built system (the pilot tests how they connect). */
export const forestryItems: SeedItem[] = [
  pilotItem({
    code: 'XK00001000-532503',
    name: '林木采伐许可证核发',
    type: ServiceItemType.ADMINISTRATIVE_LICENCE,
    departmentCode: FORESTRY,
    handlingMode: HandlingMode.PROMISED,
    legalTimeLimit: 20,
    promisedTimeLimit: 10,
    fee: FREE,
    servesApplicantTypes: BOTH,
    conditions: '采伐林木的单位或个人持有林木所有权证明；采伐符合年森林采伐限额；上年度采伐后已按规定完成更新造林。',
    legalBasis: '《中华人民共和国森林法》（1998年修正）第三十二条；《中华人民共和国森林法实施条例》第三十二条',
    departmentWindowCode: 'DW-LYJ',
    onlineDepth: OnlineDepth.ONLINE_PRE_REVIEW,
    decidingSystem: DecidingSystem.FORESTRY_HARVEST,
    highVolumeOnline: false,
    visitsRequired: 1,
    materials: [
      form(
        'M01',
        '林木采伐申请书',
        '《中华人民共和国森林法实施条例》第三十条',
        '写明采伐地点、面积、树种、株数、蓄积量和更新造林时间。',
      ),
      idCard('M02'),
      issued('M03', '林权证', '《中华人民共和国森林法实施条例》第三十条', '提供林木所有权或使用权证书原件核验。'),
      thirdParty(
        'M04',
        '伐区调查设计文件',
        '《中华人民共和国森林法实施条例》第三十条',
        '由具有资质的调查设计单位编制。',
        '加盖调查设计单位公章',
      ),
      agentAuthorisation('M05'),
    ],
    process: promisedProcess('投资项目审批综合受理窗口', BUREAU, 10),
    revisions: [
      {
        effectiveFrom: '2020-07-01',
        versionNote: '《中华人民共和国森林法》（2019年修订）施行，设定依据改为新法第五十六条',
        changes: {
          legalBasis:
            '《中华人民共和国森林法》（2019年修订）第五十六条、第五十七条；《中华人民共和国森林法实施条例》第三十二条',
          onlineDepth: OnlineDepth.FULLY_ONLINE,
          visitsRequired: 0,
        },
      },
    ],
    authorisedTo: { windowCode: 'CW-INVEST', grantedOn: PILOT_START },
  }),
  pilotItem({
    code: 'XK00002000-532503',
    name: '木材运输证核发',
    type: ServiceItemType.ADMINISTRATIVE_LICENCE,
    departmentCode: FORESTRY,
    handlingMode: HandlingMode.PROMISED,
    legalTimeLimit: 3,
    promisedTimeLimit: 1,
    fee: FREE,
    servesApplicantTypes: BOTH,
    conditions:
      '运输的木材有合法来源（林木采伐许可证或其他合法来源证明），且经植物检疫合格；运输量不超过采伐许可证核定的剩余蓄积量。',
    legalBasis:
      '《中华人民共和国森林法》（1998年修正）第三十七条；《中华人民共和国森林法实施条例》第三十五条、第三十六条',
    departmentWindowCode: 'DW-LYJ',
    onlineDepth: OnlineDepth.ONLINE_PRE_REVIEW,
    decidingSystem: DecidingSystem.FORESTRY_TRANSPORT,
    highVolumeOnline: false,
    visitsRequired: 1,
    materials: [
      form(
        'M01',
        '木材运输申请表',
        '《中华人民共和国森林法实施条例》第三十六条',
        '写明起运地、目的地、树种、材种、数量和运输方式。',
      ),
      idCard('M02'),
      issued(
        'M03',
        '林木采伐许可证',
        '《中华人民共和国森林法实施条例》第三十六条',
        '提供采伐许可证原件核验，或提供其他合法来源证明。',
      ),
      thirdParty(
        'M04',
        '植物检疫证书',
        '《植物检疫条例》第八条',
        '由森林植物检疫机构出具，在有效期内。',
        '加盖检疫机构检疫专用章',
      ),
      agentAuthorisation('M05'),
    ],
    process: promisedProcess('投资项目审批综合受理窗口', BUREAU, 1),
    // abolished by the revised Forest Law from 2020-07-01
    retiredOn: '2020-07-01',
    authorisedTo: { windowCode: 'CW-INVEST', grantedOn: PILOT_START },
  }),
  pilotItem({
    code: 'XK00003000-532503',
    name: '使用林地审核审批',
    type: ServiceItemType.ADMINISTRATIVE_LICENCE,
    departmentCode: FORESTRY,
    handlingMode: HandlingMode.PROMISED,
    legalTimeLimit: 20,
    promisedTimeLimit: 15,
    fee: {
      charged: true,
      amountFen: null,
      basis: '《森林植被恢复费征收使用管理暂行办法》（财综〔2002〕73号）；《云南省森林植被恢复费征收标准》',
      note: '森林植被恢复费按占用林地的类型和面积计收，审核同意后缴纳',
    },
    servesApplicantTypes: BOTH,
    conditions: '建设项目符合林地保护利用规划和使用林地定额；项目已取得立项批准文件；已与林地权利人签订补偿协议。',
    legalBasis:
      '《中华人民共和国森林法》（1998年修正）第十八条；《中华人民共和国森林法实施条例》第十六条；《建设项目使用林地审核审批管理办法》',
    departmentWindowCode: 'DW-LYJ',
    onlineDepth: OnlineDepth.ONLINE_PRE_REVIEW,
    decidingSystem: DecidingSystem.FORESTRY_LAND_USE,
    highVolumeOnline: false,
    visitsRequired: 1,
    materials: [
      form(
        'M01',
        '使用林地申请表',
        '《建设项目使用林地审核审批管理办法》第八条',
        '写明项目名称、拟使用林地的位置、面积、林地类型和用途。',
        '加盖用地单位公章',
      ),
      issued(
        'M02',
        '建设项目批准文件',
        '《建设项目使用林地审核审批管理办法》第八条',
        '提供有关部门对建设项目的批准、核准或备案文件。',
      ),
      issued(
        'M03',
        '林地权属证明',
        '《建设项目使用林地审核审批管理办法》第八条',
        '提供被使用林地的林权证或其他权属证明材料。',
      ),
      thirdParty(
        'M04',
        '使用林地现状调查表',
        '《建设项目使用林地审核审批管理办法》第八条',
        '由具有资质的设计单位实地调查编制。',
        '加盖调查单位公章',
      ),
      form(
        'M05',
        '林地、林木补偿协议',
        '《建设项目使用林地审核审批管理办法》第八条',
        '与被使用林地的权利人签订，写明补偿标准、金额和支付方式。',
        '双方签字或加盖公章',
      ),
    ],
    process: promisedProcess('投资项目审批综合受理窗口', BUREAU, 15),
    authorisedTo: { windowCode: 'CW-INVEST', grantedOn: PILOT_START },
  }),
];
