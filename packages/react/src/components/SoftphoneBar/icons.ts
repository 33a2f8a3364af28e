/**
 * The bar's icons: Lucide's own icon data (the `lucide` package's icon nodes, imported one by one
 * so a bundler keeps only these), drawn by one small component instead of lucide-react's
 * per-icon components and runtime. Every icon is decorative (`aria-hidden`): the words next to it,
 * or the button's accessible name, carry the meaning.
 */
import { createElement, type SVGProps } from 'react';
import {
  ArrowRightLeft as arrowRightLeft,
  ChevronDown as chevronDown,
  CircleCheck as circleCheck,
  Coffee as coffee,
  Ear as ear,
  Ellipsis as ellipsis,
  Grid3x3 as grid3x3,
  Headphones as headphones,
  Hourglass as hourglass,
  Loader as loader,
  LogOut as logOut,
  Merge as merge,
  Pause as pause,
  PhoneForwarded as phoneForwarded,
  PhoneIncoming as phoneIncoming,
  PhoneOff as phoneOff,
  PhoneOutgoing as phoneOutgoing,
  Play as play,
  Search as search,
  Undo2 as undo2,
  UserRound as userRound,
  Users as users,
  Wifi as wifi,
  WifiOff as wifiOff,
  X as x,
  Zap as zap,
  type IconNode,
} from 'lucide';

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'ref'> {
  /** Width and height in px (24, Lucide's grid, by default). */
  size?: number;
}

export type IconComponent = ((props: IconProps) => ReturnType<typeof createElement>) & { displayName?: string };

/**
 * An SVG as lucide-react draws it (same attributes, `lucide` class), from an icon node. Named like
 * lucide-react's components, for devtools and the render-discipline tests.
 */
function icon(node: IconNode, name: string): IconComponent {
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
      ...node.map(([tag, attrs]) => createElement(tag, attrs)),
    );
  Icon.displayName = name;
  return Icon;
}

export const ArrowRightLeft = /* @__PURE__ */ icon(arrowRightLeft, 'ArrowRightLeft');
export const ChevronDown = /* @__PURE__ */ icon(chevronDown, 'ChevronDown');
export const CircleCheck = /* @__PURE__ */ icon(circleCheck, 'CircleCheck');
export const Coffee = /* @__PURE__ */ icon(coffee, 'Coffee');
export const Ear = /* @__PURE__ */ icon(ear, 'Ear');
export const Ellipsis = /* @__PURE__ */ icon(ellipsis, 'Ellipsis');
export const Grid3x3 = /* @__PURE__ */ icon(grid3x3, 'Grid3x3');
export const Headphones = /* @__PURE__ */ icon(headphones, 'Headphones');
export const Hourglass = /* @__PURE__ */ icon(hourglass, 'Hourglass');
export const Loader = /* @__PURE__ */ icon(loader, 'Loader');
export const LogOut = /* @__PURE__ */ icon(logOut, 'LogOut');
export const Merge = /* @__PURE__ */ icon(merge, 'Merge');
export const Pause = /* @__PURE__ */ icon(pause, 'Pause');
export const PhoneForwarded = /* @__PURE__ */ icon(phoneForwarded, 'PhoneForwarded');
export const PhoneIncoming = /* @__PURE__ */ icon(phoneIncoming, 'PhoneIncoming');
export const PhoneOff = /* @__PURE__ */ icon(phoneOff, 'PhoneOff');
export const PhoneOutgoing = /* @__PURE__ */ icon(phoneOutgoing, 'PhoneOutgoing');
export const Play = /* @__PURE__ */ icon(play, 'Play');
export const Search = /* @__PURE__ */ icon(search, 'Search');
export const Undo2 = /* @__PURE__ */ icon(undo2, 'Undo2');
export const UserRound = /* @__PURE__ */ icon(userRound, 'UserRound');
export const Users = /* @__PURE__ */ icon(users, 'Users');
export const Wifi = /* @__PURE__ */ icon(wifi, 'Wifi');
export const WifiOff = /* @__PURE__ */ icon(wifiOff, 'WifiOff');
export const X = /* @__PURE__ */ icon(x, 'X');
export const Zap = /* @__PURE__ */ icon(zap, 'Zap');

/** The props every icon of the bar gets. */
export const ICON = { size: 18, strokeWidth: 2, 'aria-hidden': true } as const;
