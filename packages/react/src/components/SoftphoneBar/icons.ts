/**
 * The bar's icons, imported one by one from lucide-react so a bundler keeps only these. Every
 * icon is decorative (`aria-hidden`): the words next to it, or the button's accessible name, carry
 * the meaning.
 */
export {
  ArrowRightLeft,
  ChevronDown,
  CircleCheck,
  Coffee,
  Ear,
  Ellipsis,
  Grid3x3,
  Headphones,
  Hourglass,
  Loader,
  LogIn,
  LogOut,
  Merge,
  Pause,
  Phone,
  PhoneCall,
  PhoneForwarded,
  PhoneIncoming,
  PhoneOff,
  PhoneOutgoing,
  Play,
  Search,
  Undo2,
  UserRound,
  Users,
  Wifi,
  WifiOff,
  X,
  Zap,
} from 'lucide-react';

/** The props every icon of the bar gets. */
export const ICON = { size: 18, strokeWidth: 2, 'aria-hidden': true } as const;
