import { ROLES, type PartnerUser, type Role } from '../model';
import type { DirectoryApi } from '../partner-center';
import { isForbidden } from './effects';
import type { AccessToken, PartnerCenterHttp } from './http';
import { fetchAll } from './paging';

/** Who the token was issued to: its claims are read, not checked (Partner Center checks the token itself). */
interface Claims {
  oid?: string;
  name?: string;
  upn?: string;
  preferred_username?: string;
}

function claimsOf(token: string): Claims {
  try {
    const payload = token.split('.')[1] ?? '';
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
  } catch {
    return {};
  }
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const KNOWN = new Map<string, Role>(ROLES.map((r) => [fold(r), r]));
/** Partner Center names some roles differently in its API than on its pages. */
KNOWN.set('globaladministrator', 'Global admin');
KNOWN.set('billingadministrator', 'Billing admin');

interface PcRole {
  id: string;
  name: string;
}
interface PcRoleMember {
  id: string;
  userPrincipalName?: string;
  displayName?: string;
}

/** Roles change rarely: they are asked again after this long (a refusal from Partner Center always wins). */
const ROLES_TTL_MS = 5 * 60_000;

/**
 * The signed-in user and their Partner Center roles: GET /v1/roles, then the members of each
 * (GET /v1/roles/{id}/usermembers). Who the user is comes from the token of the turn; without
 * one the user is unknown (the bot asks them to sign in first).
 */
export class LiveDirectory implements DirectoryApi {
  private readonly cache = new Map<string, { roles: Role[]; until: number }>();

  constructor(
    private readonly http: PartnerCenterHttp,
    private readonly token: AccessToken,
    /** The channel user whose token `token` gives (the one of the turn); others are not known here. */
    private readonly channelUser: () => string | undefined = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  async userByChannelId(channelUserId: string): Promise<PartnerUser | undefined> {
    const current = this.channelUser();
    if (current !== undefined && current !== channelUserId) return undefined;
    return this.signedIn();
  }

  async user(id: string): Promise<PartnerUser | undefined> {
    const me = await this.signedIn();
    return me && me.id === id ? me : undefined;
  }

  async setRoles(): Promise<void> {
    throw new Error('roles are given in Partner Center (Account settings, User management)');
  }

  private async signedIn(): Promise<PartnerUser | undefined> {
    const token = await this.token();
    if (!token) return undefined;
    const claims = claimsOf(token);
    if (!claims.oid) return undefined;
    const login = claims.upn ?? claims.preferred_username;
    return {
      id: claims.oid,
      name: claims.name ?? login ?? claims.oid,
      ...(login?.includes('@') ? { email: login } : {}),
      roles: await this.rolesOf(claims.oid),
      channelIds: [],
    };
  }

  private async rolesOf(userId: string): Promise<Role[]> {
    const hit = this.cache.get(userId);
    if (hit && hit.until > this.now()) return hit.roles;
    let held: Role[] = [];
    try {
      const all = await fetchAll<PcRole, PcRole>(this.http, '/v1/roles', (r) => r);
      for (const role of all) {
        const known = KNOWN.get(fold(role.name));
        if (!known || held.includes(known)) continue;
        const path = `/v1/roles/${encodeURIComponent(role.id)}/usermembers`;
        const members = await fetchAll<PcRoleMember, PcRoleMember>(this.http, path, (m) => m);
        if (members.some((m) => m.id === userId)) held.push(known);
      }
    } catch (err) {
      // Only some roles may read the role members. For the others Partner Center decides on every
      // call, and its 403 names the roles wanted: no procedure is refused here beforehand.
      if (!isForbidden(err)) throw err;
      held = [...ROLES];
    }
    this.cache.set(userId, { roles: held, until: this.now() + ROLES_TTL_MS });
    return held;
  }
}
