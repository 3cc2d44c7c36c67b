import { parseSettings } from '../../bot/settings';

const APP_ID = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('PARTNER_CENTER setting', () => {
  it("is the sandbox by default, with Partner Center's own address for live", () => {
    const s = parseSettings({});
    expect(s.PARTNER_CENTER).toBe('sandbox');
    expect(s.PARTNER_CENTER_URL).toBe('https://api.partnercenter.microsoft.com');
  });

  it('refuses live without an app id and an OAuth connection, naming each missing setting', () => {
    let message = '';
    try {
      parseSettings({ PARTNER_CENTER: 'live' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/MicrosoftAppId: is required when PARTNER_CENTER=live/);
    expect(message).toMatch(/OAUTH_CONNECTION_NAME: is required when PARTNER_CENTER=live/);
  });

  it('names only what is missing', () => {
    expect(() => parseSettings({ PARTNER_CENTER: 'live', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' })).toThrow(
      /^Invalid settings:\n {2}OAUTH_CONNECTION_NAME: is required when PARTNER_CENTER=live[^\n]*$/,
    );
  });

  it('accepts a complete live configuration and drops a trailing slash of the address', () => {
    const s = parseSettings({
      PARTNER_CENTER: 'live',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      OAUTH_CONNECTION_NAME: 'PartnerCenter',
      PARTNER_CENTER_URL: 'https://pc.example.test/',
    });
    expect(s.PARTNER_CENTER).toBe('live');
    expect(s.OAUTH_CONNECTION_NAME).toBe('PartnerCenter');
    expect(s.PARTNER_CENTER_URL).toBe('https://pc.example.test');
  });

  it('refuses an unknown value and a bad address, saying what is expected', () => {
    expect(() => parseSettings({ PARTNER_CENTER: 'production' })).toThrow(/PARTNER_CENTER: must be sandbox or live/);
    expect(() => parseSettings({ PARTNER_CENTER_URL: 'not a url' })).toThrow(/PARTNER_CENTER_URL: must be the https URL/);
  });
});
