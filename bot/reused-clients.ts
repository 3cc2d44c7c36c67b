import type { CloudAdapter } from 'botbuilder';

type Authentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;
type ConnectorFactory = ReturnType<Authentication['createConnectorFactory']>;
type Identity = Parameters<Authentication['createConnectorFactory']>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

const MAX_CONNECTORS = 256;
const MAX_TOKEN_CLIENTS = 16;

/** A map that forgets its oldest entry when full, and a value whose creation failed. */
class Bounded<V> {
  private readonly map = new Map<string, Promise<V>>();
  constructor(private readonly max: number) {}
  get(key: string, create: () => Promise<V>): Promise<V> {
    const hit = this.map.get(key);
    if (hit) return hit;
    const made = create();
    made.catch(() => this.map.delete(key));
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, made);
    return made;
  }
}

/** The bot (audience) and the caller (app id) a client is made for: clients are never shared between them. */
function identityKey(identity: Identity): string {
  return `${identity.getClaimValue('aud') ?? ''}\n${identity.getClaimValue('appid') ?? identity.getClaimValue('azp') ?? ''}`;
}

/**
 * The CloudAdapter builds a connector client (an HTTP pipeline with its policies) and a user
 * token client for every activity, even when the replies go back in the response
 * (expectReplies) and no call is made. Both carry no per-turn state: one per channel
 * `serviceUrl` (and audience) is kept and reused.
 */
export function reuseClients(auth: Authentication): Authentication {
  const connectors = new Bounded<ConnectorClient>(MAX_CONNECTORS);
  const tokenClients = new Bounded<UserTokenClient>(MAX_TOKEN_CLIENTS);
  const cached = (factory: ConnectorFactory, identity: Identity): ConnectorFactory => {
    const prefix = identityKey(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        connectors.get(`${prefix}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    } as ConnectorFactory;
  };
  const authenticateRequest = auth.authenticateRequest.bind(auth);
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  // Without an app id the SDK authenticates nothing: every request (but the Emulator's skill
  // calls) gets the same identity, without a claim. Once seen, it is reused. With an app id an
  // identity always has claims (the token's), so nothing is reused.
  let anonymous: Awaited<ReturnType<Authentication['authenticateRequest']>> | undefined;
  auth.authenticateRequest = async (activity, header) => {
    const skill = activity.recipient?.role === 'skill';
    if (anonymous && !skill) return anonymous;
    const result = await authenticateRequest(activity, header);
    const reused = result.connectorFactory
      ? { ...result, connectorFactory: cached(result.connectorFactory, result.claimsIdentity) }
      : result;
    if (!skill && result.claimsIdentity.claims.length === 0) anonymous = reused;
    return reused;
  };
  auth.createConnectorFactory = (identity) => cached(createConnectorFactory(identity), identity);
  auth.createUserTokenClient = (identity) => tokenClients.get(identityKey(identity), () => createUserTokenClient(identity));
  return auth;
}
