import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@libs/domain/staff/access';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ example: 'AG-001' }) staffCode: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class SetCredentialsDto {
  @ApiProperty({ example: 'lina' })
  @Matches(/^[a-z][a-z0-9._-]{2,63}$/, { message: 'username must be 3-64 lower-case letters, digits, . _ -, starting with a letter' })
  username: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(256)
  password: string;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'quality department system' })
  @IsString()
  @MinLength(3)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ example: 'quality', description: 'Staff code or department name the key acts as' })
  @Matches(/^[A-Za-z][\w-]{1,63}$/, { message: 'actor must be a staff code or department name' })
  actor: string;
}

export class CreatedApiKeyDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Shown once; only a hash is stored' }) key: string;
}

export class SessionsEndedDto {
  @ApiProperty({ example: 'AG-001' }) code: string;
  @ApiProperty({ description: 'API keys acting for the person that were revoked with the sessions' }) keysRevoked: number;
}

export class WhoAmIDto {
  @ApiProperty({ example: 'AG-001', description: 'Staff code, or the department name of a department system' }) actor: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: ['staff', 'department'] }) kind: 'staff' | 'department';
  @ApiProperty({ enum: ['token', 'api-key', 'cookie'], description: 'How the caller proved who it is' }) via: 'token' | 'api-key' | 'cookie';
}

/** An API key as admins see it: never the key or its hash. */
export class ApiKeyDto {
  @ApiProperty({ example: 'k3j9x0q2m1ab' }) id: string;
  @ApiProperty({ example: 'quality department system' }) name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: 'quality' }) actor: string;
  @ApiProperty({ example: 'ADM-001' }) createdBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: Date | null;
}
