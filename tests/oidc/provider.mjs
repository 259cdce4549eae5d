// A council's single sign-on, for the appliance's OpenID Connect tests: panva's oidc-provider
// (the certified Node implementation) on a loopback port, over HTTPS with the tests' own CA.
// Its settings come as JSON in the environment (tests/oidc_servers.py writes them):
//   OIDC_TEST_CONFIG = {"port", "issuer", "cert", "key",
//                       "clients": [{client_id, client_secret, redirect_uris}],
//                       "accounts": {username: {password, name, groups}}}
// People sign in on a plain HTML form (the login interaction); consent is given at once.
// The authorization code flow with PKCE (S256) is required of every client.
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import { Provider } from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG);
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', use: 'sig', alg: 'RS256' };

const accounts = config.accounts;
const provider = new Provider(config.issuer, {
  clients: config.clients.map((c) => ({
    ...c,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
  jwks: { keys: [signingKey] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'email', 'groups'],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
  conformIdTokenClaims: false, // the claims of the granted scopes go in the ID token, as Entra ID's do
  features: { devInteractions: { enabled: false } },
  async findAccount(ctx, id) {
    const person = accounts[id];
    if (!person) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, preferred_username: id, name: person.name, groups: person.groups };
      },
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError(ctx, out) {
    ctx.type = 'text/plain';
    ctx.body = `${out.error}: ${out.error_description}`;
  },
});
provider.proxy = false;

function page(uid, message) {
  return `<!doctype html><title>Council sign-in</title><p>${message}</p>
<form method="post" action="/interaction/${uid}/login">
<input name="username"><input name="password" type="password"><button>Sign in</button></form>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params, session } = details;
  if (req.method === 'POST' && req.url.endsWith('/login')) {
    const form = await readForm(req);
    const person = accounts[form.get('username')];
    if (!person || person.password !== form.get('password')) {
      res.writeHead(401, { 'content-type': 'text/html' });
      res.end(page(uid, 'The username or password is not right.'));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: form.get('username') } });
    return;
  }
  if (prompt.name === 'login') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page(uid, 'Sign in with your council account.'));
    return;
  }
  // consent: grant what the client asked for
  const grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
const server = https.createServer(
  { cert: fs.readFileSync(config.cert), key: fs.readFileSync(config.key) },
  (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(req, res).catch((err) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    } else {
      callback(req, res);
    }
  },
);
server.listen(config.port, '127.0.0.1', () => console.log(`listening ${config.issuer}`));
