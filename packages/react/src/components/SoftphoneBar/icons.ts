/**
 * The bar's icons: Lucide's icons, drawn from iconData.ts (generated from the `lucide` package's
 * icon nodes by scripts/gen-icons.mjs: the same elements and attribute values, one string per icon)
 * by one small component instead of lucide-react's per-icon components and runtime. Every icon is
 * decorative (`aria-hidden`): the words next to it, or the button's accessible name, carry the
 * meaning.
 */
import { createElement, type ReactElement, type SVGProps } from 'react';
import * as icons from './iconData';

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'ref'> {
  /** Width and height in px (24, Lucide's grid, by default). */
  size?: number;
}

export type IconComponent = ((props: IconProps) => ReturnType<typeof createElement>) & { displayName?: string };

/** An icon's elements, from its iconData string (see scripts/gen-icons.mjs). */
function elements(icon: string): ReactElement[] {
  return icon.split('|').map((part) => {
    const [a, b, c, d, e] = part.slice(1).split(' ');
    if (part[0] === 'o') return createElement('circle', { cx: a, cy: b, r: c });
    if (part[0] === 'r') return createElement('rect', { x: a, y: b, width: c, height: d, rx: e });
    return createElement('path', { d: part });
  });
}

/**
 * An SVG as lucide-react draws it (same attributes, `lucide` class). Named like lucide-react's
 * components, for devtools and the render-discipline tests.
 */
function icon(data: string, name: string): IconComponent {
  let drawn: ReactElement[] | undefined;
  const Icon: IconComponent = ({ size = 24, className, ...rest }) =>
    createElement(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: size,
        height: size,
        viewBox: '0 0 24 24',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
        className: className ? `lucide ${className}` : 'lucide',
        ...rest,
      },
      ...(drawn ??= elements(data)),
    );
  Icon.displayName = name;
  return Icon;
}

export const Activity = /* @__PURE__ */ icon(icons.Activity, 'Activity');
export const ArrowRightLeft = /* @__PURE__ */ icon(icons.ArrowRightLeft, 'ArrowRightLeft');
export const BellRing = /* @__PURE__ */ icon(icons.BellRing, 'BellRing');
export const ChevronDown = /* @__PURE__ */ icon(icons.ChevronDown, 'ChevronDown');
export const CircleCheck = /* @__PURE__ */ icon(icons.CircleCheck, 'CircleCheck');
export const Coffee = /* @__PURE__ */ icon(icons.Coffee, 'Coffee');
export const Ear = /* @__PURE__ */ icon(icons.Ear, 'Ear');
export const Ellipsis = /* @__PURE__ */ icon(icons.Ellipsis, 'Ellipsis');
export const Grid3x3 = /* @__PURE__ */ icon(icons.Grid3x3, 'Grid3x3');
export const Headphones = /* @__PURE__ */ icon(icons.Headphones, 'Headphones');
export const Hourglass = /* @__PURE__ */ icon(icons.Hourglass, 'Hourglass');
export const Info = /* @__PURE__ */ icon(icons.Info, 'Info');
export const Loader = /* @__PURE__ */ icon(icons.Loader, 'Loader');
export const LogOut = /* @__PURE__ */ icon(icons.LogOut, 'LogOut');
export const Merge = /* @__PURE__ */ icon(icons.Merge, 'Merge');
export const Mic = /* @__PURE__ */ icon(icons.Mic, 'Mic');
export const MicOff = /* @__PURE__ */ icon(icons.MicOff, 'MicOff');
export const NotebookPen = /* @__PURE__ */ icon(icons.NotebookPen, 'NotebookPen');
export const Pause = /* @__PURE__ */ icon(icons.Pause, 'Pause');
export const Phone = /* @__PURE__ */ icon(icons.Phone, 'Phone');
export const PhoneForwarded = /* @__PURE__ */ icon(icons.PhoneForwarded, 'PhoneForwarded');
export const PhoneIncoming = /* @__PURE__ */ icon(icons.PhoneIncoming, 'PhoneIncoming');
export const PhoneMissed = /* @__PURE__ */ icon(icons.PhoneMissed, 'PhoneMissed');
export const PhoneOff = /* @__PURE__ */ icon(icons.PhoneOff, 'PhoneOff');
export const PhoneOutgoing = /* @__PURE__ */ icon(icons.PhoneOutgoing, 'PhoneOutgoing');
export const Play = /* @__PURE__ */ icon(icons.Play, 'Play');
export const RefreshCw = /* @__PURE__ */ icon(icons.RefreshCw, 'RefreshCw');
export const Search = /* @__PURE__ */ icon(icons.Search, 'Search');
export const TriangleAlert = /* @__PURE__ */ icon(icons.TriangleAlert, 'TriangleAlert');
export const Undo2 = /* @__PURE__ */ icon(icons.Undo2, 'Undo2');
export const UserRound = /* @__PURE__ */ icon(icons.UserRound, 'UserRound');
export const Users = /* @__PURE__ */ icon(icons.Users, 'Users');
export const Volume2 = /* @__PURE__ */ icon(icons.Volume2, 'Volume2');
export const Wifi = /* @__PURE__ */ icon(icons.Wifi, 'Wifi');
export const WifiOff = /* @__PURE__ */ icon(icons.WifiOff, 'WifiOff');
export const X = /* @__PURE__ */ icon(icons.X, 'X');
export const Zap = /* @__PURE__ */ icon(icons.Zap, 'Zap');

/** The props every icon of the bar gets. */
export const ICON = { size: 18, strokeWidth: 2, 'aria-hidden': true } as const;
