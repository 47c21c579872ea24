import { render } from 'preact';
import { t } from '../shared/browser';
import '../ui/styles.css';
import '../options/options.css';
import { Welcome } from './Welcome';

document.title = t('welcome_title');
render(<Welcome />, document.getElementById('app')!);
