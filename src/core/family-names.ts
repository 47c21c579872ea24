/**
 * Family names that East Asian names put first: the most common family names
 * of China (in pinyin, and in the Cantonese and older spellings common abroad),
 * Korea, Vietnam and Japan, in their usual romanisations, without accents. A
 * two-word name that starts with one of them may be written family name first
 * ("Zhou Ling", "Ito Haruka"), so the greeting asks instead of guessing.
 */
import { foldCase } from './text';

const CHINESE =
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng ' +
  'zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao zhong jin cui tan fan fu qian kong mao qiu ' +
  'wong chan cheung leung ng ho lam tsang chow yip lau kwok tse mak chiu chung yeung fung szeto';
const KOREAN =
  'kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im shin seo suh kwon hwang ahn oh ' +
  'hong yoo ryu ko koh moon mun son bae baek paik heo huh nam noh ha kwak sung cha joo woo min jin chae byun bang pyo';
const VIETNAMESE =
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly dinh truong mai trinh doan luu quach';
const JAPANESE =
  'sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue ' +
  'kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa ' +
  'murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ' +
  'ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ' +
  'ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui ' +
  'iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai watanabe';

const FAMILY_NAMES = new Set([CHINESE, KOREAN, VIETNAMESE, JAPANESE].flatMap((list) => list.split(' ')));

/** Of those, the ones that are also common English given names ("Kim Taylor", "Lee Anderson"). */
const ALSO_ENGLISH_GIVEN = new Set(['kim', 'lee', 'jo', 'mai', 'ha']);

const key = (word: string) => foldCase(word).replace(/[^a-z]/g, '');

/** Whether `word` is a common East Asian family name (any case, accents ignored: "Nguyễn" counts). */
export function isEastAsianFamilyName(word: string): boolean {
  return FAMILY_NAMES.has(key(word));
}

/** Whether `word` is such a family name that is also a common English given name. */
export function isAlsoEnglishGivenName(word: string): boolean {
  return ALSO_ENGLISH_GIVEN.has(key(word));
}
