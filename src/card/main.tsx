import { render } from 'preact';
import { t } from '../shared/browser';
import '../ui/styles.css';
import './card.css';
import { CardPage, cardAddress } from './CardPage';

document.title = t('card_title');
render(<CardPage address={cardAddress(location.search)} />, document.getElementById('app')!);
