import { render } from 'preact';
import '../ui/styles.css';
import './options.css';
import { Options } from './Options';
import { t } from '../shared/browser';

document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
