import { LAYOUTS, LAYOUT_NAMES, viewUrl } from './params';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * The overview: every layout in light and dark, each a live view in a frame at a phone's and a
 * desktop's size (scaled down), with a link to the full-size view.
 */
export function GalleryIndex() {
  return (
    <main id="main" className="gallery">
      <h1>Consent UI gallery</h1>
      <p className="lede">
        The banner of <code>@introw/consent-react</code> in each layout (<code>layout</code> on the provider) and theme (<code>theme</code>), at a phone's size
        (390 × 844) and a desktop's (1280 × 800). One stylesheet and one markup for React, Vue and the framework-free renderer. Each frame is live: open it at
        full size to try the buttons and the preferences.
      </p>
      {LAYOUTS.map((layout) => (
        <section key={layout} aria-labelledby={`gallery-${layout}`}>
          <h2 id={`gallery-${layout}`}>{LAYOUT_NAMES[layout]}</h2>
          <div className="gallery-row">
            {(['light', 'dark'] as const).map((theme) => (
              <figure key={theme} className="gallery-figure">
                <div className="gallery-frames">
                  {SIZES.map((size) => (
                    <div key={size.name} className={`gallery-frame gallery-frame-${size.name}`}>
                      <iframe
                        title={`${LAYOUT_NAMES[layout]}, ${theme}, ${size.name} (${size.width} × ${size.height})`}
                        src={viewUrl(layout, theme)}
                        loading="lazy"
                      />
                    </div>
                  ))}
                </div>
                <figcaption>
                  {LAYOUT_NAMES[layout]}, {theme} · <a href={viewUrl(layout, theme)}>open at full size</a>
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
