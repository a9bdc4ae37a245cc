import { createCodeTable } from '../kit';

/**
 * The platform's `code`, always with HTTP 200. The 2xxx codes refuse the request itself (who sent
 * it, when, signed how): nothing in it was applied, and sending it again unchanged cannot succeed
 * — the clock or the credentials must be fixed first. 9999 is the platform failing.
 */
export const platformCodes = createCodeTable<'OK' | 'REFUSED' | 'FAILED'>('provincial-platform', 'code 返回码', {
  '0000': 'OK', // 成功
  '1001': 'REFUSED', // 参数错误
  '2001': 'REFUSED', // 应用标识(appId)无效
  '2002': 'REFUSED', // 签名验证失败
  '2003': 'REFUSED', // 时间戳超出允许范围
  '2004': 'REFUSED', // 请求重复(nonce已使用)
  '3001': 'REFUSED', // 办件过程顺序错误: an event before the ones it follows, an evaluation before the delivery
  '9999': 'FAILED', // 系统繁忙
});

/** The codes that mean "fix the clock or the credentials, then retry": a request problem, not a data problem. */
export const SIGNATURE_REFUSALS = ['2001', '2002', '2003', '2004'] as const;

/** 推送结果 RESULT of one pushed item version. */
export const pushResults = createCodeTable<'CREATED' | 'UPDATED' | 'UNCHANGED'>(
  'provincial-platform',
  'RESULT 推送结果',
  {
    '1': 'CREATED', // 新增
    '2': 'UPDATED', // 更新
    '0': 'UNCHANGED', // 无变化
  },
);

/** 上报结果 RESULT of one reported case event or evaluation. */
export const eventResults = createCodeTable<'RECORDED' | 'DUPLICATE'>('provincial-platform', 'RESULT 上报结果', {
  '1': 'RECORDED', // 已接收
  '0': 'DUPLICATE', // 重复上报
});
