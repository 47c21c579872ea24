import { render } from 'preact';
import { t } from '../shared/browser';
import '../ui/styles.css';
import './popup.css';
import { Popup } from './Popup';
import { startReads } from './startup';

// Started before the first render, so the storage reads overlap with it.
const start = startReads();
document.title = t('extName');
render(<Popup start={start} />, document.getElementById('app')!);
