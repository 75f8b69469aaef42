/**
 * Lesson drawings shown on a screen: an e-mail address built part by part, a link's real
 * address, attaching a file, opening a folder, downloading a document. At rest (reduced
 * motion) each shows its final picture: the whole address, the address revealed, the file
 * attached, the folder open, the document in "Téléchargements".
 */
import { useTranslation } from 'react-i18next';
import type { LessonAnimationName } from '../content/lessonAnimations';
import { line, Pointer } from './sceneParts';

export type ScreenGesture = Exclude<LessonAnimationName, `mouse-${string}` | `keyboard-${string}`>;

function Window({ title }: { title: string }) {
  return (
    <>
      <rect x="8" y="8" width="304" height="164" rx="8" {...line} />
      <path d="M8 34h304" {...line} />
      <text x="20" y="27" className="lesson-caption">
        {title}
      </text>
    </>
  );
}

function Document({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <path d="M0 0h18l8 8v26H0z" className="lesson-doc" />
      <path d="M5 14h16M5 20h16M5 26h10" {...line} strokeWidth={2} />
    </g>
  );
}

export function ScreenScene({ gesture }: { gesture: ScreenGesture }) {
  const { t } = useTranslation('learning');
  switch (gesture) {
    case 'email-parts':
      return (
        <>
          <rect x="8" y="40" width="304" height="52" rx="6" className="lesson-field" />
          {/* Three texts, not tspans: only whole text elements fade in Chromium's SVG. */}
          <text x="148" y="74" textAnchor="end" className="lesson-address lesson-from-0">
            elodie.lefevre
          </text>
          <text
            x="160"
            y="74"
            textAnchor="middle"
            className="lesson-address lesson-part--at lesson-from-25"
          >
            @
          </text>
          <text x="172" y="74" className="lesson-address lesson-from-50">
            exemple.fr
          </text>
          <g className="lesson-caption">
            <text x="70" y="120" textAnchor="middle" className="lesson-from-0">
              {t('scenes.name')}
            </text>
            <text x="160" y="146" textAnchor="middle" className="lesson-from-25">
              {t('scenes.at')}
            </text>
            <text x="250" y="120" textAnchor="middle" className="lesson-from-50">
              {t('scenes.service')}
            </text>
          </g>
          <path d="M70 104v-8M160 128V96M250 104v-8" {...line} strokeWidth={2} />
        </>
      );
    case 'link-hover':
      return (
        <>
          <Window title={t('scenes.message')} />
          <path d="M24 56h200M24 72h160" {...line} strokeWidth={2} />
          <text x="24" y="102" className="lesson-link">
            {t('scenes.link')}
          </text>
          <Pointer x={200} y={96} motion="lesson-hover" />
          <g className="lesson-appear">
            <rect x="16" y="136" width="288" height="28" rx="4" className="lesson-menu" />
            <text x="26" y="155" className="lesson-caption">
              https://renouvellement-rapide.com/…
            </text>
          </g>
        </>
      );
    case 'mail-attach':
      return (
        <>
          <Window title={t('scenes.newMessage')} />
          <path d="M24 56h180M24 72h140" {...line} strokeWidth={2} />
          <rect x="24" y="92" width="52" height="40" rx="6" className="lesson-key" />
          {/* The paper clip. */}
          <path d="M58 100v18a8 8 0 0 1-16 0v-16a5 5 0 0 1 10 0v14" {...line} strokeWidth={2.5} />
          <Pointer x={56} y={112} />
          <g className="lesson-appear">
            <rect x="96" y="96" width="200" height="32" rx="16" className="lesson-menu" />
            <Document x={106} y={95} />
            <text x="140" y="118" className="lesson-caption">
              {t('scenes.file')}
            </text>
          </g>
        </>
      );
    case 'folder-open':
      return (
        <>
          <Window title={t('scenes.folder')} />
          <path d="M30 60h40l8 8h52v70H30z" {...line} />
          <path d="M30 84h100" {...line} className="lesson-open" />
          <g className="lesson-appear">
            <Document x={170} y={62} />
            <Document x={210} y={62} />
            <rect x="250" y="64" width="34" height="30" rx="2" className="lesson-doc" />
            <path d="m254 90 8-10 6 6 6-8 8 12" {...line} strokeWidth={2} />
          </g>
          <text x="80" y="160" textAnchor="middle" className="lesson-twice">
            ×2
          </text>
        </>
      );
    case 'download':
      return (
        <>
          <Window title={t('scenes.space')} />
          <Document x={24} y={50} />
          <text x="60" y="72" className="lesson-caption">
            {t('scenes.attestation')}
          </text>
          <rect x="24" y="98" width="128" height="34" rx="6" className="lesson-fill" />
          <text x="88" y="120" textAnchor="middle" className="lesson-on-fill">
            {t('scenes.download')}
          </text>
          <Pointer x={144} y={118} />
          <path d="M196 60h30l6 6h54v62h-90z" {...line} />
          <text x="241" y="150" textAnchor="middle" className="lesson-caption">
            {t('scenes.downloads')}
          </text>
          <g transform="translate(228 84)">
            <g className="lesson-fly">
              <Document x={0} y={0} />
            </g>
          </g>
        </>
      );
  }
}
