import Heading from '@theme/Heading';
import { translate } from '@docusaurus/Translate';
import type { Postulate } from '../../domain/content/schemas';
import styles from './styles.module.css';

export type PostulateListProps = {
  /** The postulates from the page's frontmatter, in the order written. */
  postulates: readonly Postulate[];
};

/**
 * The postulates as a numbered list. Each postulate's id is its heading's
 * anchor, so `/postulater#tenk-for-du-poster` links straight to it.
 *
 * @example <PostulateList postulates={frontMatter.postulates} />
 */
export default function PostulateList({ postulates }: PostulateListProps) {
  return (
    <>
      <nav aria-label={translate({ id: 'vk.postulates.contents', message: 'Postulatene' })}>
        <ol className={styles.contents}>
          {postulates.map((postulate) => (
            <li key={postulate.id}>
              <a href={`#${postulate.id}`}>{postulate.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <ol className={styles.postulates}>
        {postulates.map((postulate, index) => (
          <li key={postulate.id} className={styles.postulate} data-postulate={postulate.id}>
            {/* One string: Docusaurus names the hash link after a heading's text only when it is a string, else after its id. */}
            <Heading as="h2" id={postulate.id}>{`${index + 1}. ${postulate.title}`}</Heading>
            <p className={styles.statement}>{postulate.statement}</p>
            <p>{postulate.explanation}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
