import { SETTINGS, TEXT_SIZES, THEMES } from '../lib/reader-settings';
import { id } from '../i18n/id';

/**
 * The header's "Tampilan" menu: the theme (Terang, Gelap, Sistem) and the text size. A <details>
 * that opens without scripts; its radios are answered by the boot script (src/lib/reader-settings.ts),
 * not by React, so a choice works before the app has started and survives it. Rendered with no radio
 * ticked: the boot script ticks the reader's own. Hidden where scripts do not run (nothing could be
 * remembered).
 */
export function ReaderSettingsMenu() {
  const group = 'flex flex-wrap gap-x-4 gap-y-1';
  const option = 'flex min-h-11 items-center gap-2';
  return (
    <details data-reader-settings="" className="relative hidden in-data-js:block">
      <summary className="flex min-h-11 cursor-pointer items-center rounded border border-neutral-400 px-3 text-sm font-semibold text-neutral-900 hover:border-red-700">
        {id.settings.menu}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded border border-neutral-300 bg-white p-4 text-neutral-900 shadow-lg">
        <fieldset>
          <legend className="text-sm font-bold">{id.settings.theme}</legend>
          <div className={group}>
            {THEMES.map((theme) => (
              <label key={theme} className={option}>
                <input type="radio" name={SETTINGS.theme.field} value={theme} />
                {id.settings.themes[theme]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-bold">{id.settings.textSize}</legend>
          <div className={group}>
            {TEXT_SIZES.map((size) => (
              <label key={size} className={option}>
                <input type="radio" name={SETTINGS.text.field} value={size} />
                {id.settings.textSizes[size]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}
