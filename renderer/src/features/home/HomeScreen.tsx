// #/ : search front and centre, Vendors A–Z below with open incidents above the search.
import { Loaded } from '../../components/Loaded.tsx';
import { WithBundleInfo } from '../../components/WithBundle.tsx';
import { useVendorList } from '../../data/items.ts';
import { OpenIncidents } from '../incidents/OpenIncidents.tsx';
import { PaperCopies } from '../print/PaperCopies.tsx';
import { SearchPanel } from '../search/SearchPanel.tsx';
import { VendorsScreen } from '../vendors/VendorsScreen.tsx';

export function HomeScreen() {
  const vendors = useVendorList();
  return (
    <>
      <OpenIncidents />
      <section className="home-search" aria-label="Search the support plans">
        <SearchPanel />
      </section>
      <WithBundleInfo>
        {(info) => (
          <Loaded answer={vendors} what="the vendors">
            {(list) => <VendorsScreen vendors={list} info={info} />}
          </Loaded>
        )}
      </WithBundleInfo>
      <PaperCopies />
    </>
  );
}
