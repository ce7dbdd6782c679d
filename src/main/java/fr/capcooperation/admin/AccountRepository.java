package fr.capcooperation.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByUsernameKey(String usernameKey);

	Optional<Account> findById(Long id);

	List<Account> findAllByOrderByUsername();

	long count();

	Account save(Account account);
}
