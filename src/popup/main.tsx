import { render } from 'preact';
import { t } from '../shared/browser';
import '../ui/styles.css';
import './popup.css';
import { Popup } from './Popup';

document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
