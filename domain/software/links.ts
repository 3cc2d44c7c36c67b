import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A download link works for two weeks or 50 downloads, whichever comes first. */
export const LINK_LIFETIME_DAYS = 14;
export const LINK_MAX_DOWNLOADS = 50;

export const DownloadLinkSchema = z.object({
  id: z.string().min(1),
  orderId: z.string().min(1),
  customerId: z.string().min(1),
  productId: z.string().min(1),
  version: z.string().min(1),
  language: z.string().min(1),
  fileType: z.string().min(1),
  url: z.string().url(),
  createdAt: z.string().datetime(),
  createdBy: z.string().min(1),
  downloads: z.number().int().nonnegative(),
  revoked: z.boolean().default(false),
});
export type DownloadLink = z.infer<typeof DownloadLinkSchema>;

export type LinkStatus =
  | { usable: true; expiresAt: string; downloadsLeft: number }
  | { usable: false; reason: 'revoked' | 'time' | 'downloads'; expiresAt: string };

/**
 * A link made at instant T works until, not including, T + 14 days, and for downloads 1 to 50:
 * the 51st download is refused.
 */
export function linkStatus(link: Pick<DownloadLink, 'createdAt' | 'downloads' | 'revoked'>, now: Date): LinkStatus {
  const expiresAt = new Date(Date.parse(link.createdAt) + LINK_LIFETIME_DAYS * DAY_MS).toISOString();
  if (link.revoked) return { usable: false, reason: 'revoked', expiresAt };
  if (now.getTime() >= Date.parse(expiresAt)) return { usable: false, reason: 'time', expiresAt };
  if (link.downloads >= LINK_MAX_DOWNLOADS) return { usable: false, reason: 'downloads', expiresAt };
  return { usable: true, expiresAt, downloadsLeft: LINK_MAX_DOWNLOADS - link.downloads };
}

/** Who a download through a link is recorded as: whoever holds the link (the customer, or anyone it was sent to). */
export const LINK_HOLDER = { userId: 'download-link', userName: 'Download link holder' } as const;
