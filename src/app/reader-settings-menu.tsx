import { SAVE_DATA_CHOICES, SETTINGS, TEXT_SIZES, THEMES } from '../lib/reader-settings';
import { id } from '../i18n/id';

/** One setting's choices as a group of radios, named as the boot script reads them (SETTINGS). */
function Choices<V extends string>({ legend, name, values, label, hint }: { legend: string; name: string; values: readonly V[]; label: (value: V) => string; hint?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-bold">{legend}</legend>
      {hint ? <p className="text-sm text-neutral-700">{hint}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {values.map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name={name} value={value} />
            {label(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The header's "Tampilan" menu: the theme (Terang, Gelap, Sistem), the text size and "Hemat data". A <details>
 * that opens without scripts; its radios are answered by the boot script (src/lib/reader-settings.ts),
 * not by React, so a choice works before the app has started and survives it. Rendered with no radio
 * ticked: the boot script ticks the reader's own. Hidden where scripts do not run (nothing could be
 * remembered).
 */
export function ReaderSettingsMenu() {
  return (
    <details data-reader-settings="" className="relative hidden in-data-js:block">
      <summary className="flex min-h-11 cursor-pointer items-center rounded border border-neutral-400 px-3 text-sm font-semibold text-neutral-900 hover:border-red-700">
        {id.settings.menu}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded border border-neutral-300 bg-white p-4 text-neutral-900 shadow-lg">
        <Choices legend={id.settings.theme} name={SETTINGS.theme.field} values={THEMES} label={(theme) => id.settings.themes[theme]} />
        <Choices legend={id.settings.textSize} name={SETTINGS.text.field} values={TEXT_SIZES} label={(size) => id.settings.textSizes[size]} />
        <Choices legend={id.settings.saveData} hint={id.settings.saveDataHint} name={SETTINGS.save.field} values={SAVE_DATA_CHOICES} label={(choice) => id.settings.saveDataChoices[choice]} />
      </div>
    </details>
  );
}
