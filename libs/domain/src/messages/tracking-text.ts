// L-1: a tracking result as the customer reads it: the state in words and the local date and time.

const STATE_TEXT: Record<string, string> = {
  created: '已下单，等待揽收',
  picked_up: '快递员已揽收',
  in_transit: '运输中',
  out_for_delivery: '派送中',
  delivered: '已签收',
  damaged: '运输途中破损，我们正在处理',
  lost: '运输途中丢失，我们正在处理',
};

/** The courier's state in words (the courier's own word for one we do not know). */
export function trackingStateText(state: string): string {
  return STATE_TEXT[state] ?? state;
}

/** An instant as `YYYY-MM-DD HH:mm` in China Standard Time (UTC+8, no daylight saving). */
export function chinaDateTime(iso: string): string {
  const at = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}
