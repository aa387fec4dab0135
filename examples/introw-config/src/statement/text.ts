import type { StatementBlock, StatementInline } from './types';

/**
 * Introw's cookie statement in its own words (shared/seeds/cookie-statement.txt, sections 1 to
 * 7), English as Introw writes it. Only the parts of section 4 that list cookies are not here:
 * those are generated from the config's declaration (./build.ts), so they cannot drift from the
 * banner. Quotes are typographic; the words, addresses and links are the statement's.
 */

const link = (text: string, href: string): StatementInline => ({ text, href });
const p = (...content: StatementInline[]): StatementBlock => ({ kind: 'paragraph', content });

const PRIVACY_STATEMENT = 'https://rooms.introw.io/privacy-statement';
const PRIVACY_MAIL = link('privacy@introw.io', 'mailto:privacy@introw.io');

/** A section of prose: number, title and blocks. */
export interface ProseSection {
  number: string;
  title: string;
  blocks: StatementBlock[];
}

export const STATEMENT_TITLE = 'Cookie Statement Introw';

/** Sections 1 to 3. */
export const BEFORE_DECLARATION: ProseSection[] = [
  {
    number: '1',
    title: 'Introduction',
    blocks: [
      p(
        'In offering and through the use of our services, products and information through our application or any other platform (collectively referred to as the “Platform”) as well as when using our website ',
        link('www.introw.io', 'http://www.introw.io/'),
        ' (hereinafter the “Website”), Introw BV (hereinafter referred to as “Introw”, “we”, “us”, “our”) will allow the placement of certain cookies on the device of the user / visitor (hereinafter “you”, “your”).',
      ),
      p(
        'The platform and Website are operated by Introw BV, with registered office at Poel 16, 9000 Ghent, Belgium and with company and VAT number (BE)0798.161.431.',
      ),
      p(
        'Any questions or comments may be sent by postal services to this address or by e-mail to ',
        PRIVACY_MAIL,
        '. All questions regarding privacy or personal data will be directed to our central point of contact for this purpose. Introw will do its utmost best to answer any question or concern as soon as possible, and always within the boundaries of applicable laws.',
      ),
    ],
  },
  {
    number: '2',
    title: 'General information',
    blocks: [
      p(
        'The present cookie statement (hereinafter referred to as the “Cookie Statement”) describes the different types of cookies we use on the Platform and Website as well as your rights in relation to the use of cookies.',
      ),
      p(
        'We have strict procedures on privacy and we are committed to being transparent about the technologies used on our Platform and Website. To the extent that the information collected by cookies contains personal data, the provisions of the ',
        link('Privacy Statement', PRIVACY_STATEMENT),
        ' apply and complement the Cookie Statement.',
      ),
    ],
  },
  {
    number: '3',
    title: 'Some more information about cookies',
    blocks: [
      p(
        'A cookie is a small text file that is placed by a server in your browser or on your computer’s hard drive or on your mobile device when you consult the Platform and/or the Website. Cookies are used to distinguish you from other users of the Platform and/or the Website.',
      ),
      p(
        'First-party cookies are cookies that are used by the visited Platform and/or the Website itself. Third-party cookies are cookies that do not originate from the Platform and/or the Website itself, but from another website or platform.',
      ),
      p(
        'Session cookies are cookies that automatically disappear when you end your session on our Platform and/or the Website. Persistent cookies, on the other hand, do not disappear immediately but only after a certain period of time.',
      ),
      p(
        'The use of strictly necessary cookies is not subject to your consent, but through this Cookie Statement we want to inform you of the use of these cookies on the Platform and/or the Website. However, for non-strictly necessary cookies (such as cookies used for analysis, performance, etc.) we ask your explicit consent via the cookie banner incorporated on the Platform and/or the Website. You can choose to accept or deny all cookies (except for the strictly necessary ones).',
      ),
      p('Your consent can be revoked at all times. Further on in this Cookie Statement we explain how you can do this easily.'),
    ],
  },
];

/** Section 4's heading and lead. */
export const DECLARATION_SECTION = {
  number: '4',
  title: 'Which cookies are used on the Website and the Platform?',
  lead: 'We use different types of cookies on the Website and the Platform, for the following purposes:',
};

/**
 * Section 4's subsections, per category id of the config: the statement's words about that kind
 * of cookie, and the lines that introduce its lists (`all`: used on the Website and the
 * Platform; `platform`: used on the Platform only). The lists themselves are generated.
 */
export const CATEGORY_PROSE: Record<string, { number: string; title: string; blocks: StatementBlock[]; all?: string; platform?: string }> = {
  necessary: {
    number: '4.1',
    title: 'List of strictly necessary cookies',
    blocks: [
      p(
        'These cookies are essential for browsing our Website or Platform or strictly necessary for providing a service specifically requested/expected by a user. It is therefore not possible to delete these types of cookies. You do not need to provide your consent with these cookies, but we want to inform you about these nonetheless. If you do not agree to the use of these cookies, you may/can not use the Website or Platform, as the case may be.',
      ),
    ],
    all: 'Strictly necessary cookies used on the Website and Platform:',
    platform: 'Strictly necessary cookies used on the Platform:',
  },
  functional: {
    number: '4.2',
    title: 'Functional cookies',
    blocks: [
      p(
        'Functional cookies allow certain functionalities to be executed. You can disable these types of cookies, but please note that in this case you will not be able to use certain functionalities. For an optimal browsing and/or user experience, we advise you to enable these cookies.',
      ),
      p(
        'This type of cookies makes the functioning of our website and apps easier and ensures a personalized browsing experience by, for example, remembering login names, passwords and preferences - such as the language setting. As a user, you can request which functional cookies are used by Introw BV by going to the cookie settings on the website.',
      ),
    ],
  },
  analytics: {
    number: '4.3',
    title: 'List of analytical cookies',
    blocks: [
      p(
        'Analytical cookies are used to understand how our visitors and users interact with the Website and/or Platform, as the case may be. These cookies allow us to collect information on certain metrics such as number of users, which website our users come from, which pages / functionalities are frequently visited, etc. You can disable these types of cookies.',
      ),
    ],
    all: 'Analytical cookies used on the Website and Platform:',
  },
  advertising: {
    number: '4.4',
    title: 'Advertising cookies',
    blocks: [
      p(
        'Based on your browsing habits, demographics, and user data, we can make our ads more efficient and tailored to your interests and show you only personalized advertising messages. With the cookies and tools of the advertising network of Google, for example (Google AdWords, see ',
        link('privacy policy of Google', 'https://policies.google.com/privacy?hl=en-US'),
        '), we can also show you ads on the websites and social media that are part of those networks for Introw BV services in which you might be interested. If you as a user do not allow or do not confirm these cookies, you will experience less targeted advertisements.',
      ),
    ],
  },
};

/** Sections 5 to 7. Section 5 holds the page's "Cookie settings" control after its first list. */
export const AFTER_DECLARATION: ProseSection[] = [
  {
    number: '5',
    title: 'Refusing and managing the use of cookies on the Website / Platform',
    blocks: [
      p(
        'To understand which cookies have been placed on your device or to delete cookies, you can use the settings in your browser. The links below provide you with more information on how to do this. The website ',
        link('www.aboutcookies.org', 'http://www.aboutcookies.org/'),
        ' also provides you with more information for the most commonly used browsers.',
      ),
      {
        kind: 'list',
        items: [
          [
            'Firefox: ',
            link(
              'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox',
              'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox',
            ),
          ],
          ['Chrome: ', link('https://support.google.com/chrome/answer/95647?hl=en-GB', 'https://support.google.com/chrome/answer/95647?hl=en-GB')],
          ['Safari: ', link('https://support.apple.com/en-gb/HT201265', 'https://support.apple.com/en-gb/HT201265')],
          [
            'Internet Explorer: ',
            link(
              'https://support.microsoft.com/en-us/topic/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
              'https://support.microsoft.com/en-us/topic/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
            ),
          ],
          [
            'Microsoft Edge: ',
            link(
              'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
              'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
            ),
          ],
        ],
      },
      p(
        'You have the option to withdraw your consent to the placing of cookies at any time, but you understand that such withdrawal will not affect the legitimate processing we have carried out on the basis of your consent prior to such withdrawal.',
      ),
      { kind: 'settings' },
      p(
        'If you change your cookie settings as described above, this may result in certain parts of the Website / Platform not being able to display or function (correctly) or some interactions not working normally.',
      ),
      p(
        'You can adjust your internet browser settings so that cookies are not accepted and so that you receive a warning when a cookie is installed or so that the cookies are subsequently deleted from your hard drive. You can do this via your browser settings (see above).',
      ),
    ],
  },
  {
    number: '6',
    title: 'Protection of your data',
    blocks: [
      p(
        'Your personal data will be processed and dealt with in accordance with our ',
        link('Privacy Statement', PRIVACY_STATEMENT),
        '. This Statement provides further details on your legal rights, such as access, rectification, erasure, data portability, etc. If you have any problems or complaints regarding this Cookie Statement, we would like to hear from you. You can contact us at any time via the aforementioned contact details in order to exercise these rights.',
      ),
      p(
        'In first instance, we would like to discuss any questions or concerns directly with you. However, we would like to point out that you always have a right to lodge a complaint or question to a competent supervisory authority. In Belgium, you can submit a complaint or question to the Belgian Data Protection Authority (see ',
        link('www.gegevensbeschermingsautoriteit.be', 'http://www.gegevensbeschermingsautoriteit.be/'),
        '; address: Rue de la Press 35, 1000 Brussels; telephone: +32 (0)2 274 48 00; E: ',
        link('contact@apd-gba.be', 'mailto:contact@apd-gba.be'),
        ').',
      ),
    ],
  },
  {
    number: '7',
    title: 'Questions in relation to the use of cookies?',
    blocks: [
      p(
        'Should you still have questions or comments relating to the use of cookies on our Website / Platform, you can always contact us using the contact details as set out at the top of this Cookie Statement. We will respond to your question or comment promptly. In this case and in line with the legal provisions concerned, we may ask you to submit proof of identity so that we can equally protect the privacy of others.',
      ),
    ],
  },
];
