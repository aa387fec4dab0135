// tarteaucitron: the page's own setup script (the library files are measured as they are fetched).
tarteaucitron.init({
  privacyUrl: '/privacy',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  showAlertSmall: false,
  cookieslist: true,
  highPrivacy: true,
  handleBrowserDNTRequest: false,
  AcceptAllCta: true,
  DenyAllCta: true,
  mandatory: true,
  useExternalCss: false,
});
tarteaucitron.job = tarteaucitron.job || [];
tarteaucitron.user.gtagUa = 'G-TEST';
tarteaucitron.job.push('gtag');
tarteaucitron.user.hubspotId = '1';
tarteaucitron.job.push('hubspot');
tarteaucitron.user.hotjarId = 1;
tarteaucitron.user.HotjarSv = 6;
tarteaucitron.job.push('hotjar');
tarteaucitron.user.segmentKey = 'x';
tarteaucitron.job.push('segment');
tarteaucitron.user.googleadsId = 'AW-TEST';
tarteaucitron.job.push('googleads');
