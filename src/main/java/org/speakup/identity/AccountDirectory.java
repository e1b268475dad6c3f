package org.speakup.identity;

import java.util.Optional;
import org.speakup.identity.internal.Account;
import org.speakup.identity.internal.Accounts;
import org.springframework.stereotype.Service;

/** Looks up accounts for other modules, without handing out password hashes. */
@Service
public class AccountDirectory {

    private final Accounts accounts;

    AccountDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountSummary> find(AccountId id) {
        return accounts.byId(id.value()).map(AccountDirectory::summary);
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(
                account.accountId(), account.displayName(), account.email(), account.role(), account.track());
    }
}
