import { z } from 'zod';
import { DownloadOptionsSchema, ReservationOfferSchema, type DownloadOptions, type ReservationOffer } from '../software/catalog';
import type { SoftwareProduct } from '../model';

/** The optional `software` section of a seed: Azure reservations on offer and what each product downloads. */
export const SoftwareSeedSchema = z.object({
  reservations: z.array(ReservationOfferSchema).optional(),
  downloads: z.record(z.string(), DownloadOptionsSchema).optional(),
});
export type SoftwareSeed = z.infer<typeof SoftwareSeedSchema>;

const LANGUAGES = ['English', 'French', 'German', 'Dutch', 'Swedish', 'Portuguese (Brazil)'];

/** The Azure reservations of the demo catalog (used when a seed has none). */
export const DEMO_RESERVATIONS: ReservationOffer[] = [
  { id: 'ri-d2s-v5-1y', name: 'Azure Reserved VM Instances, D2s v5, 1 year', termYears: 1, price: 620, hybridBenefit: true },
  { id: 'ri-d4s-v5-3y', name: 'Azure Reserved VM Instances, D4s v5, 3 years', termYears: 3, price: 2950, hybridBenefit: true },
  { id: 'ri-sql-db-1y', name: 'Azure SQL Database reserved capacity, 8 vCores, 1 year', termYears: 1, price: 9800, hybridBenefit: false },
];

/** What the demo products offer to download (used when a seed says nothing for a product). */
export const DEMO_DOWNLOADS: Record<string, DownloadOptions> = {
  'office-ltsc-2024': { versions: ['Office LTSC Professional Plus 2024'], languages: LANGUAGES, fileTypes: ['ISO, 64-bit', 'ISO, 32-bit'] },
  'windows-server-2022-std': {
    versions: ['Windows Server 2022 Standard', 'Windows Server 2019 Standard'],
    languages: LANGUAGES,
    fileTypes: ['ISO, 64-bit'],
  },
  'visio-plan-2-sub': {
    versions: ['Visio LTSC Professional 2024', 'Visio LTSC Professional 2021'],
    languages: LANGUAGES,
    fileTypes: ['ISO, 64-bit', 'ISO, 32-bit'],
  },
  'project-pro-nce': { versions: ['Project Professional 2024'], languages: LANGUAGES, fileTypes: ['ISO, 64-bit', 'ISO, 32-bit'] },
};

/**
 * What a product downloads: the seed's entry, else the demo's, else (for software that is
 * not an Azure plan) its own name in English as a 64-bit image. Azure plans have nothing to download.
 */
export function downloadsFor(product: SoftwareProduct, seed: SoftwareSeed | undefined): DownloadOptions | undefined {
  const given = seed?.downloads?.[product.id] ?? DEMO_DOWNLOADS[product.id];
  if (given) return given;
  if (product.kind === 'azure-software-plan') return undefined;
  return { versions: [product.name], languages: ['English'], fileTypes: ['ISO, 64-bit'] };
}
