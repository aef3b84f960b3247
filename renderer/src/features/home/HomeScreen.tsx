// #/ : search front and centre, Vendors A–Z below (open incidents will sit above the search).
import { WithBundle } from '../../components/WithBundle.tsx';
import { PaperCopies } from '../print/PaperCopies.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { VendorsScreen } from '../vendors/VendorsScreen.tsx';

export function HomeScreen() {
  return (
    <>
      <section className="home-search" aria-label="Search the support plans">
        <SearchBox />
      </section>
      <WithBundle>{(bundle) => <VendorsScreen bundle={bundle} />}</WithBundle>
      <PaperCopies />
    </>
  );
}
