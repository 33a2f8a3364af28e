import './hostile.css';
import './main';
