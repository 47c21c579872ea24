import { render } from 'preact';
import { t } from '../shared/browser';

function Card() {
  return <main><h1>{t('extName')}</h1></main>;
}

render(<Card />, document.getElementById('app')!);
